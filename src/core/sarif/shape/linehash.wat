;; The hash loop of codeql-action's primaryLocationLineHash (see linehash.ts for the
;; definition). WebAssembly for its native 64-bit multiply; linehash-wasm.ts holds the
;; compiled bytes (npm run build:wasm) and a unit test checks they match this source.
;;
;; Memory layout (byte offsets):
;;   0x000000  PAIRS  u32[65536]: per two input bytes (little-endian u16), their
;;                    contribution: bits 0-13 the addend, 14-15 how many are kept (0-2),
;;                    bit 16 set when either is LF, CR or not ASCII (the careful path).
;;   0x040000  POW64  i64[5]: 37^0 .. 37^4
;;   0x040040  POW32  i32[3]: 37^0 .. 37^2
;;   0x040080  STATE  i32 lineCount, i32 emitted: published after every call, so the
;;                    caller reads them without a call into WebAssembly
;;   0x040090  HEX    the 16 ASCII hex digits
;;   0x040100  INPUT  2 MiB: bytes (push8) or UTF-16 code units (push16)
;;   0x240100  LINES  16 bytes per line: i32 start position, pad, i64 value. The value
;;                    is the prefix polynomial P at the line start until the line's hash
;;                    H = P(start + 100) - 37^100 * P(start) is known, then H.
;; The caller (linehash.ts) fills PAIRS, POW and HEX, and grows memory so that LINES has
;; a record for every line the next push can start (and, for `fingerprints`, room for
;; its work areas after the records).
(module
  (memory (export "memory") 37)

  (global $h (mut i64) (i64.const 0))
  (global $pos (mut i32) (i32.const 0))
  (global $prevCR (mut i32) (i32.const 0))
  (global $lineCount (mut i32) (i32.const 1))
  (global $emitted (mut i32) (i32.const 0))
  (global $nextEmit (mut i32) (i32.const 100))
  (global $stopAfter (mut i32) (i32.const 0x7fffffff))

  (func (export "reset") (param $stopAfter i32)
    (global.set $h (i64.const 0))
    (global.set $pos (i32.const 0))
    (global.set $prevCR (i32.const 0))
    (global.set $lineCount (i32.const 1))
    (global.set $emitted (i32.const 0))
    (global.set $nextEmit (i32.const 100))
    (global.set $stopAfter (local.get $stopAfter))
    (i32.store (i32.const 0x240100) (i32.const 0))
    (i64.store offset=8 (i32.const 0x240100) (i64.const 0))
    (call $publish))

  (func $publish
    (i32.store (i32.const 0x040080) (global.get $lineCount))
    (i32.store (i32.const 0x040084) (global.get $emitted)))

  (func $done (result i32)
    (i32.ge_u (global.get $emitted) (global.get $stopAfter)))

  ;; The hash of line `emitted` is complete (h is P here): H = P - 37^100 * P(start),
  ;; stored over P(start).
  (func $emit (param $h i64)
    (local $record i32)
    (local.set $record
      (i32.add (i32.const 0x240100) (i32.shl (global.get $emitted) (i32.const 4))))
    (i64.store offset=8 (local.get $record)
      (i64.sub
        (local.get $h)
        (i64.mul (i64.const -1901415581956121743) (i64.load offset=8 (local.get $record)))))
    (global.set $emitted (i32.add (global.get $emitted) (i32.const 1)))
    (global.set $nextEmit
      (if (result i32) (i32.lt_u (global.get $emitted) (global.get $lineCount))
        (then (i32.add (i32.load offset=16 (local.get $record)) (i32.const 100)))
        (else (i32.const 0x7fffffff)))))

  ;; A kept LF at kept position pos (h is P there): the next line starts here.
  (func $newline (param $pos i32) (param $h i64)
    (local $record i32)
    (local.set $record
      (i32.add (i32.const 0x240100) (i32.shl (global.get $lineCount) (i32.const 4))))
    (i32.store (local.get $record) (local.get $pos))
    (i64.store offset=8 (local.get $record) (local.get $h))
    (if (i32.eq (global.get $emitted) (global.get $lineCount))
      (then (global.set $nextEmit (i32.add (local.get $pos) (i32.const 100)))))
    (global.set $lineCount (i32.add (global.get $lineCount) (i32.const 1))))

  ;; One code unit of any kind; returns 1 once every wanted line has its hash.
  (func $unit (param $c i32) (result i32)
    (if (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
      (then (global.set $prevCR (i32.const 0)) (return (i32.const 0))))
    (if (i32.eq (local.get $c) (i32.const 10))
      (then
        (if (global.get $prevCR)
          (then (global.set $prevCR (i32.const 0)) (return (i32.const 0))))))
    (if (i32.eq (local.get $c) (i32.const 13))
      (then (local.set $c (i32.const 10)) (global.set $prevCR (i32.const 1)))
      (else (global.set $prevCR (i32.const 0))))
    (global.set $h
      (i64.add (i64.mul (global.get $h) (i64.const 37)) (i64.extend_i32_u (local.get $c))))
    (global.set $pos (i32.add (global.get $pos) (i32.const 1)))
    (if (i32.eq (global.get $pos) (global.get $nextEmit))
      (then
        (call $emit (global.get $h))
        (if (call $done) (then (return (i32.const 1))))))
    (if (i32.eq (local.get $c) (i32.const 10))
      (then (call $newline (global.get $pos) (global.get $h))))
    (i32.const 0))

  ;; Hashes n bytes at INPUT. Returns how many were consumed: n, or less when it stopped
  ;; at a byte that is not ASCII (the caller decodes UTF-8 from there) or when done.
  (func (export "push8") (param $n i32) (result i32)
    (local $i i32) (local $end i32) (local $h i64) (local $pos i32) (local $next i32)
    (local $prevCR i32) (local $word i32) (local $first i32) (local $second i32)
    (local $keptFirst i32) (local $keptSecond i32) (local $c i32) (local $singles i32)
    (local.set $i (i32.const 0x040100))
    (local.set $end (i32.add (i32.const 0x040100) (local.get $n)))
    (local.set $h (global.get $h))
    (local.set $pos (global.get $pos))
    (local.set $next (global.get $nextEmit))
    (local.set $prevCR (global.get $prevCR))
    (block $exit
      (loop $top
        ;; Fast path: four bytes at a time while none is LF, CR or non-ASCII and the next
        ;; line hash is not reached. Spaces and tabs weigh nothing (factor 1, addend 0),
        ;; so the PAIRS table makes this branch-free; the dependent multiply on h happens
        ;; once per four bytes.
        (block $slow
          (loop $fast
            (br_if $slow (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $end)))
            (local.set $word (i32.load (local.get $i)))
            (local.set $first
              (i32.load (i32.shl (i32.and (local.get $word) (i32.const 0xffff)) (i32.const 2))))
            (local.set $second
              (i32.load (i32.shl (i32.shr_u (local.get $word) (i32.const 16)) (i32.const 2))))
            (br_if $slow
              (i32.and (i32.or (local.get $first) (local.get $second)) (i32.const 0x10000)))
            (local.set $keptFirst (i32.shr_u (local.get $first) (i32.const 14)))
            (local.set $keptSecond (i32.shr_u (local.get $second) (i32.const 14)))
            ;; The line hash due at `next` needs h exactly there: one unit at a time.
            (br_if $slow
              (i32.ge_u
                (i32.add (local.get $pos) (i32.add (local.get $keptFirst) (local.get $keptSecond)))
                (local.get $next)))
            ;; h = h * 37^(kept in both) + first.addend * 37^(kept in second) + second.addend
            (local.set $h
              (i64.add
                (i64.mul
                  (local.get $h)
                  (i64.load offset=0x040000
                    (i32.shl (i32.add (local.get $keptFirst) (local.get $keptSecond)) (i32.const 3))))
                (i64.extend_i32_u
                  (i32.add
                    (i32.mul
                      (i32.and (local.get $first) (i32.const 0x3fff))
                      (i32.load offset=0x040040 (i32.shl (local.get $keptSecond) (i32.const 2))))
                    (i32.and (local.get $second) (i32.const 0x3fff))))))
            (local.set $pos
              (i32.add (local.get $pos) (i32.add (local.get $keptFirst) (local.get $keptSecond))))
            (local.set $i (i32.add (local.get $i) (i32.const 4)))
            (local.set $prevCR (i32.const 0))
            (br $fast)))
        ;; Careful path: the next two bytes one at a time, then back to the fast path.
        ;; This is $unit on locals: calling $unit (state in globals) measured ~10 ms
        ;; slower over the 26 MB bench tree, so the copy stays; change both together.
        (local.set $singles (i32.const 2))
        (loop $single
          (br_if $exit (i32.ge_u (local.get $i) (local.get $end)))
          (local.set $c (i32.load8_u (local.get $i)))
          (br_if $exit (i32.ge_u (local.get $c) (i32.const 0x80)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (block $unitDone
            (if (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
              (then (local.set $prevCR (i32.const 0)) (br $unitDone)))
            (if (i32.and (i32.eq (local.get $c) (i32.const 10)) (local.get $prevCR))
              (then (local.set $prevCR (i32.const 0)) (br $unitDone)))
            (if (i32.eq (local.get $c) (i32.const 13))
              (then (local.set $c (i32.const 10)) (local.set $prevCR (i32.const 1)))
              (else (local.set $prevCR (i32.const 0))))
            (local.set $h
              (i64.add (i64.mul (local.get $h) (i64.const 37)) (i64.extend_i32_u (local.get $c))))
            (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
            (if (i32.eq (local.get $pos) (local.get $next))
              (then
                (call $emit (local.get $h))
                (local.set $next (global.get $nextEmit))
                (br_if $exit (call $done))))
            (if (i32.eq (local.get $c) (i32.const 10))
              (then
                (call $newline (local.get $pos) (local.get $h))
                (local.set $next (global.get $nextEmit)))))
          (local.set $singles (i32.sub (local.get $singles) (i32.const 1)))
          (br_if $single (local.get $singles)))
        (br $top)))
    (global.set $h (local.get $h))
    (global.set $pos (local.get $pos))
    (global.set $prevCR (local.get $prevCR))
    (call $publish)
    (i32.sub (local.get $i) (i32.const 0x040100)))

  ;; Hashes n UTF-16 code units at INPUT; returns how many were consumed (n unless done).
  (func (export "push16") (param $n i32) (result i32)
    (local $i i32) (local $end i32) (local $c i32)
    (local.set $end (i32.shl (local.get $n) (i32.const 1)))
    (block $exit
      (loop $next
        (br_if $exit (i32.ge_u (local.get $i) (local.get $end)))
        (local.set $c (i32.load16_u offset=0x040100 (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br_if $exit (call $unit (local.get $c)))
        (br $next)))
    (call $publish)
    (i32.shr_u (local.get $i) (i32.const 1)))

  ;; The end of the input: the 65535 sentinel, then zeros until every line has its hash.
  (func (export "finish")
    (local $k i32)
    (if (call $done) (then (return)))
    (drop (call $unit (i32.const 0xffff)))
    (block $exit
      (loop $zeros
        (br_if $exit (i32.ge_u (local.get $k) (i32.const 100)))
        (br_if $exit (i32.ge_u (global.get $emitted) (global.get $lineCount)))
        (br_if $exit (call $unit (i32.const 0)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $zeros)))
    (call $publish))
;; Writes `hex:count` for each wanted line and returns the bytes written at textAt.
  ;; wanted: i32[unique] at wantedAt, sorted, unique, each <= emitted. count is how often
  ;; the line's hash occurred on it and earlier lines, found with an open-addressing
  ;; table of the wanted hashes (2^bits slots of 16 bytes: i64 hash, i32 in use, i32
  ;; count) at tableAt, so the lines in between cost one probe each. endsAt gets, per
  ;; wanted line, the offset (from textAt) where its text ends.
  (func (export "fingerprints")
    (param $wantedAt i32) (param $unique i32) (param $tableAt i32) (param $bits i32)
    (param $endsAt i32) (param $textAt i32) (result i32)
    (local $k i32) (local $line i32) (local $last i32) (local $next i32) (local $nextLine i32)
    (local $key i64) (local $slot i32) (local $mask i32) (local $count i32) (local $index i32)
    (local $out i32) (local $digits i32) (local $d i32) (local $value i64) (local $rest i32)
    (local.set $mask (i32.sub (i32.shl (i32.const 1) (local.get $bits)) (i32.const 1)))
    (memory.fill (local.get $tableAt) (i32.const 0) (i32.shl (i32.const 16) (local.get $bits)))
    ;; The table of wanted hashes.
    (block $done
      (loop $insert
        (br_if $done (i32.ge_u (local.get $k) (local.get $unique)))
        (local.set $key (call $lineHash (i32.load (i32.add (local.get $wantedAt) (i32.shl (local.get $k) (i32.const 2))))))
        (local.set $slot (call $find (local.get $key) (local.get $tableAt) (local.get $bits) (local.get $mask)))
        (i64.store (local.get $slot) (local.get $key))
        (i32.store offset=8 (local.get $slot) (i32.const 1))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $insert)))
    ;; Every line up to the last wanted one: count the wanted hashes, and write each
    ;; wanted line's text when it is reached.
    (local.set $last
      (i32.load (i32.add (local.get $wantedAt) (i32.shl (i32.sub (local.get $unique) (i32.const 1)) (i32.const 2)))))
    (local.set $nextLine (i32.load (local.get $wantedAt)))
    (local.set $out (local.get $textAt))
    (local.set $line (i32.const 1))
    (block $done
      (loop $lines
        (br_if $done (i32.gt_u (local.get $line) (local.get $last)))
        ;; The probe of $find, inline: this runs for every line (calling $find measured
        ;; ~4 ms slower over the bench tree); change both together.
        (local.set $key (i64.load offset=0x2400f8 (i32.shl (local.get $line) (i32.const 4))))
        (local.set $index
          (i32.shr_u
            (i32.mul
              (i32.xor (i32.wrap_i64 (local.get $key)) (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 32))))
              (i32.const 0x9e3779b1))
            (i32.sub (i32.const 32) (local.get $bits))))
        (block $probed
          (loop $probe
            (local.set $slot (i32.add (local.get $tableAt) (i32.shl (local.get $index) (i32.const 4))))
            (br_if $probed (i32.eqz (i32.load offset=8 (local.get $slot))))
            (br_if $probed (i64.eq (i64.load (local.get $slot)) (local.get $key)))
            (local.set $index (i32.and (i32.add (local.get $index) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (if (i32.load offset=8 (local.get $slot))
          (then
            (local.set $count (i32.add (i32.load offset=12 (local.get $slot)) (i32.const 1)))
            (i32.store offset=12 (local.get $slot) (local.get $count))
            (if (i32.eq (local.get $line) (local.get $nextLine))
              (then
                ;; Hex without leading zeros (at least one digit), as Long.toString(16).
                (local.set $digits
                  (i32.wrap_i64
                    (i64.shr_u (i64.sub (i64.const 67) (i64.clz (local.get $key))) (i64.const 2))))
                (if (i32.eqz (local.get $digits)) (then (local.set $digits (i32.const 1))))
                (local.set $value (local.get $key))
                (local.set $d (local.get $digits))
                (loop $hex
                  (local.set $d (i32.sub (local.get $d) (i32.const 1)))
                  (i32.store8 (i32.add (local.get $out) (local.get $d))
                    (i32.load8_u offset=0x040090 (i32.wrap_i64 (i64.and (local.get $value) (i64.const 15)))))
                  (local.set $value (i64.shr_u (local.get $value) (i64.const 4)))
                  (br_if $hex (local.get $d)))
                (local.set $out (i32.add (local.get $out) (local.get $digits)))
                (i32.store8 (local.get $out) (i32.const 0x3a))
                (local.set $out (i32.add (local.get $out) (i32.const 1)))
                ;; The count in decimal.
                (local.set $digits (i32.const 1))
                (local.set $rest (local.get $count))
                (block $counted
                  (loop $digitCount
                    (br_if $counted (i32.lt_u (local.get $rest) (i32.const 10)))
                    (local.set $rest (i32.div_u (local.get $rest) (i32.const 10)))
                    (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
                    (br $digitCount)))
                (local.set $rest (local.get $count))
                (local.set $d (local.get $digits))
                (loop $decimal
                  (local.set $d (i32.sub (local.get $d) (i32.const 1)))
                  (i32.store8 (i32.add (local.get $out) (local.get $d))
                    (i32.add (i32.const 0x30) (i32.rem_u (local.get $rest) (i32.const 10))))
                  (local.set $rest (i32.div_u (local.get $rest) (i32.const 10)))
                  (br_if $decimal (local.get $d)))
                (local.set $out (i32.add (local.get $out) (local.get $digits)))
                (i32.store (i32.add (local.get $endsAt) (i32.shl (local.get $next) (i32.const 2)))
                  (i32.sub (local.get $out) (local.get $textAt)))
                (local.set $next (i32.add (local.get $next) (i32.const 1)))
                (if (i32.lt_u (local.get $next) (local.get $unique))
                  (then
                    (local.set $nextLine
                      (i32.load (i32.add (local.get $wantedAt) (i32.shl (local.get $next) (i32.const 2)))))))))))
        (local.set $line (i32.add (local.get $line) (i32.const 1)))
        (br $lines)))
    (i32.sub (local.get $out) (local.get $textAt)))

  ;; The hash of a 1-based line whose hash is known.
  (func $lineHash (param $line i32) (result i64)
    (i64.load offset=0x2400f8 (i32.shl (local.get $line) (i32.const 4))))

  ;; The table slot holding `key`, or the empty slot where it would go.
  (func $find (param $key i64) (param $tableAt i32) (param $bits i32) (param $mask i32) (result i32)
    (local $index i32) (local $slot i32)
    (local.set $index
      (i32.shr_u
        (i32.mul
          (i32.xor (i32.wrap_i64 (local.get $key)) (i32.wrap_i64 (i64.shr_u (local.get $key) (i64.const 32))))
          (i32.const 0x9e3779b1))
        (i32.sub (i32.const 32) (local.get $bits))))
    (loop $probe
      (local.set $slot (i32.add (local.get $tableAt) (i32.shl (local.get $index) (i32.const 4))))
      (if (i32.load offset=8 (local.get $slot))
        (then
          (if (i64.ne (i64.load (local.get $slot)) (local.get $key))
            (then
              (local.set $index (i32.and (i32.add (local.get $index) (i32.const 1)) (local.get $mask)))
              (br $probe))))))
    (local.get $slot))
)
