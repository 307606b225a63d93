export const id = 161;
export const ids = [161];
export const modules = {

/***/ 6173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ escapedByte),
/* harmony export */   cP: () => (/* binding */ decodeGoString),
/* harmony export */   gN: () => (/* binding */ encodeGoString)
/* harmony export */ });
/**
 * Go strings are bytes, not UTF-8. To print build info byte for byte as `go version -m` does,
 * bytes that are not valid UTF-8 are carried in a JS string as the lone surrogates
 * U+DC80–U+DCFF (one per byte, like Python's "surrogateescape"): valid UTF-8 can never
 * produce them, so encoding back gives exactly the original bytes.
 */
const ESCAPE_BASE = 0xdc00;
/** Length of the valid UTF-8 sequence at `at` (Go's utf8.DecodeRune rules), or 0. */
function validSequence(bytes, at) {
    const b0 = bytes[at];
    if (b0 < 0x80)
        return 1;
    const cont = (i, lo = 0x80, hi = 0xbf) => at + i < bytes.length && bytes[at + i] >= lo && bytes[at + i] <= hi;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        // E0 needs A0–BF (no overlong forms); ED needs 80–9F (no surrogates).
        const lo = b0 === 0xe0 ? 0xa0 : 0x80;
        const hi = b0 === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const lo = b0 === 0xf0 ? 0x90 : 0x80;
        const hi = b0 === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Bytes to a JS string; every byte that is not part of valid UTF-8 becomes U+DC80+byte-0x80. */
function decodeGoString(bytes) {
    let out = '';
    let runStart = 0;
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < bytes.length;) {
        const length = validSequence(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out += decoder.decode(bytes.subarray(runStart, i)) + String.fromCharCode(ESCAPE_BASE + bytes[i]);
        i++;
        runStart = i;
    }
    return out + decoder.decode(bytes.subarray(runStart));
}
/** The byte an escaped character stands for, or undefined for an ordinary character. */
function escapedByte(codePoint) {
    return codePoint >= 0xdc80 && codePoint <= 0xdcff ? codePoint - ESCAPE_BASE : undefined;
}
/** The original bytes of a string made by decodeGoString. */
function encodeGoString(text) {
    // With the u flag a surrogate pair is one code point: only lone escapes match.
    if (!/[\udc80-\udcff]/u.test(text))
        return Buffer.from(text, 'utf8');
    const parts = [];
    let run = '';
    for (const ch of text) {
        const byte = escapedByte(ch.codePointAt(0));
        if (byte === undefined) {
            run += ch;
            continue;
        }
        parts.push(Buffer.from(run, 'utf8'), Buffer.of(byte));
        run = '';
    }
    parts.push(Buffer.from(run, 'utf8'));
    return Buffer.concat(parts);
}


/***/ }),

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xg: () => (/* reexport */ BuildInfoError),
  gN: () => (/* reexport */ gostring/* encodeGoString */.gN),
  ro: () => (/* binding */ readBuildInfo)
});

// UNUSED EXPORTS: BufferSource, FileSource, NOT_GO, UNRECOGNIZED, decodeGoString, formatModInfo, goQuote, goUnquote, parseModInfo, readBuildInfoFrom, splitGoVersion

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/buildinfo/errors.ts

/** Go's own words, so messages match `go version -m`. */
const NOT_GO = 'not a Go executable';
const UNRECOGNIZED = 'unrecognized file format';
/** Why a file's build info could not be read: a property of the input, not a bug. */
class BuildInfoError extends errors/* ConfigurationError */.j1 {
    kind;
    goMessage;
    constructor(kind, 
    /** The message `go version -m` would print after "could not read Go build info from F: ". */
    goMessage, message, fix) {
        super(message, { fix });
        this.kind = kind;
        this.goMessage = goMessage;
        this.name = 'BuildInfoError';
    }
}
function notGo(detail) {
    return new BuildInfoError('not-go', NOT_GO, detail ? `${NOT_GO} (${detail})` : NOT_GO);
}
function unrecognized(detail) {
    return new BuildInfoError('unrecognized', UNRECOGNIZED, detail ? `${UNRECOGNIZED} (${detail})` : UNRECOGNIZED);
}
function truncated(what, fileSize) {
    return new BuildInfoError('truncated', UNRECOGNIZED, `${UNRECOGNIZED} (truncated: ${what} lies beyond the end of the file, which is ${fileSize} bytes)`, 'the file is incomplete; download or copy it again');
}
/**
 * A build info string that ends before its declared length: Go's reader says "not a Go
 * executable". When the file itself ends there, say it was cut short.
 */
function cutShort(what, lengths, fileEnded) {
    const detail = lengths ? `: ${lengths.got} of its ${lengths.declared} bytes are there` : '';
    if (!fileEnded)
        return notGo(`${what} is cut short${detail}`);
    // Go's own parsers read the symbol tables at the end of the file first, so for a file cut
    // short go version -m says "unrecognized file format".
    return new BuildInfoError('truncated', UNRECOGNIZED, `${NOT_GO} (truncated: the file ends inside ${what}${detail})`, 'the file is incomplete; download or copy it again');
}
function upxPacked() {
    return new BuildInfoError('upx', NOT_GO, 'packed with UPX; unpack first', 'run `upx -d FILE` on a copy and fingerprint that');
}

;// CONCATENATED MODULE: ./src/core/buildinfo/exe.ts
/** Reads up to `size` bytes at virtual address `addr` within the segment that contains it. */
async function readAddress(exe, addr, size) {
    for (const segment of exe.segments) {
        if (segment.fileSize > 0 &&
            segment.addr <= addr &&
            addr <= segment.addr + segment.fileSize - 1) {
            const available = segment.addr + segment.fileSize - addr;
            return exe.source.read(segment.fileOffset + (addr - segment.addr), Math.min(size, available));
        }
    }
    return Buffer.alloc(0);
}

// EXTERNAL MODULE: ./src/core/buildinfo/gostring.ts
var gostring = __webpack_require__(6173);
;// CONCATENATED MODULE: ./src/core/buildinfo/blob.ts
/**
 * Finds and decodes the 32-byte build info header and the two strings it
 * leads to (Go version, module info), following Go's debug/buildinfo.
 */



const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
const ALIGN = 16;
const HEADER_SIZE = 32;
const CHUNK = 1 << 20;
/** Address of the first 16-byte-aligned magic in the data range, or undefined. */
async function searchMagic(exe, start, size) {
    const end = start + size;
    let addr = start;
    while (addr < end) {
        const chunk = await readAddress(exe, addr, Math.min(CHUNK, end - addr));
        if (chunk.length === 0)
            break;
        for (let i = chunk.indexOf(BUILDINFO_MAGIC); i >= 0; i = chunk.indexOf(BUILDINFO_MAGIC, i + 1)) {
            const hit = addr + i;
            if (hit % ALIGN !== 0)
                continue;
            if (end - hit < HEADER_SIZE)
                throw notGo('build info header cut short');
            return hit;
        }
        // Chunks are multiples of 16 from an aligned start, so an aligned magic never straddles two.
        addr += chunk.length;
    }
    return undefined;
}
async function findHeader(exe, options) {
    const range = exe.dataStart;
    const ranges = range && range.size > 0 ? [range] : [];
    if (!options.goCompatible)
        ranges.push(...exe.extraRanges.filter(r => r.addr !== range?.addr));
    for (const { addr: from, size } of ranges) {
        const start = Math.ceil(from / ALIGN) * ALIGN;
        const end = from + size;
        if (end <= start)
            continue;
        const addr = await searchMagic(exe, start, end - start);
        if (addr !== undefined)
            return { addr, end };
        // Not found because the file ends inside the range: damaged, not "not Go".
        if (runsPastFile(exe, start, end - start)) {
            throw cutShort('the data section that holds the build info', undefined, true);
        }
    }
    throw notGo(range && range.size > 0 ? 'no build info found' : 'no data section');
}
/** Go's binary.Uvarint: value and bytes used, or undefined when malformed. */
function uvarint(bytes, at) {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10 && at + i < bytes.length; i++) {
        const byte = bytes[at + i];
        value += (byte & 0x7f) * scale;
        if (byte < 0x80)
            return { value, length: i + 1 };
        scale *= 128;
    }
    return undefined;
}
/** Whether `length` bytes at `addr` would run past the end of the file (it was cut short). */
function runsPastFile(exe, addr, length) {
    const segment = exe.segments.find(s => s.fileSize > 0 && s.addr <= addr && addr <= s.addr + s.fileSize - 1);
    if (!segment)
        return false;
    const inSegment = Math.min(length, segment.addr + segment.fileSize - addr);
    const end = segment.fileOffset + (addr - segment.addr) + inSegment;
    return end > exe.source.size;
}
/**
 * A varint-prefixed string, read like Go's decodeString: up to the end of the segment that
 * holds it. A string that ends before its declared length is an error, never an empty string.
 */
async function readInlineString(exe, addr, what) {
    const head = await readAddress(exe, addr, 10);
    const varint = uvarint(head, 0);
    if (!varint) {
        throw cutShort(`the length of the build info's ${what}`, undefined, runsPastFile(exe, addr, 10));
    }
    const at = addr + varint.length;
    const data = await readAddress(exe, at, varint.value);
    if (data.length < varint.value) {
        const declared = { got: data.length, declared: varint.value };
        throw cutShort(`the build info's ${what}`, declared, runsPastFile(exe, at, varint.value));
    }
    return { bytes: data, next: at + varint.value };
}
/**
 * A pre-1.18 Go string header {data, len} and its bytes. A pointer Go cannot follow gives ""
 * as in Go (which then reports no module info); bytes missing because the file was cut short
 * are an error instead, so a truncated file never passes as a binary without modules.
 */
async function readPointerString(exe, pointer, ptrSize, readPtr, what) {
    const empty = Buffer.alloc(0);
    const header = await readAddress(exe, pointer, 2 * ptrSize);
    if (header.length < 2 * ptrSize) {
        if (runsPastFile(exe, pointer, 2 * ptrSize))
            throw cutShort(`the build info's ${what} header`, undefined, true);
        return empty;
    }
    const dataAddr = readPtr(header, 0);
    const length = readPtr(header, ptrSize);
    if (length > 64 * 1024 * 1024)
        return empty;
    const data = await readAddress(exe, dataAddr, length);
    if (data.length < length) {
        if (runsPastFile(exe, dataAddr, length)) {
            throw cutShort(`the build info's ${what}`, { got: data.length, declared: length }, true);
        }
        return empty;
    }
    return data;
}
async function readRawBuildInfo(exe, options = {}) {
    if (options.goCompatible && exe.goRejects)
        throw unrecognized(exe.goRejects);
    const { addr } = await findHeader(exe, options);
    const header = await readAddress(exe, addr, HEADER_SIZE);
    if (header.length < HEADER_SIZE) {
        throw cutShort('the build info header', undefined, runsPastFile(exe, addr, HEADER_SIZE));
    }
    const ptrSize = header[14];
    const flags = header[15];
    let version = Buffer.alloc(0);
    let modinfo = Buffer.alloc(0);
    let layout;
    if ((flags & 2) !== 0) {
        layout = 'inline';
        const first = await readInlineString(exe, addr + HEADER_SIZE, 'Go version string');
        const second = await readInlineString(exe, first.next, 'module info string');
        version = first.bytes;
        modinfo = second.bytes;
    }
    else {
        layout = 'pointer';
        const le = flags === 0;
        let readPtr;
        if (ptrSize === 4)
            readPtr = (b, at) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
        else if (ptrSize === 8)
            readPtr = (b, at) => Number(le ? b.readBigUInt64LE(at) : b.readBigUInt64BE(at));
        else
            throw notGo(`bad pointer size ${ptrSize}`);
        const versionAt = readPtr(header, 16);
        const modinfoAt = readPtr(header, 16 + ptrSize);
        version = await readPointerString(exe, versionAt, ptrSize, readPtr, 'Go version string');
        modinfo = await readPointerString(exe, modinfoAt, ptrSize, readPtr, 'module info string');
    }
    if (version.length === 0)
        throw notGo('empty Go version');
    return { version: (0,gostring/* decodeGoString */.cP)(version), modinfo: stripSentinels(modinfo), layout, addr };
}
/** Drops cmd/go's 16-byte start and end sentinels (not checked byte for byte, as in Go). */
function stripSentinels(bytes) {
    if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a) {
        return (0,gostring/* decodeGoString */.cP)(bytes.subarray(16, bytes.length - 16));
    }
    return '';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/buildinfo/source.ts
/**
 * Random access to a file (or a buffer, in tests) that reads only the byte
 * ranges asked for, so headers of a 200 MB binary cost a few small reads.
 */

class BufferSource {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get size() {
        return this.bytes.length;
    }
    async read(offset, length) {
        if (offset < 0 || offset >= this.bytes.length || length <= 0)
            return Buffer.alloc(0);
        const end = Math.min(this.bytes.length, offset + length);
        return Buffer.from(this.bytes.subarray(offset, end));
    }
}
class FileSource {
    handle;
    size;
    constructor(handle, size) {
        this.handle = handle;
        this.size = size;
    }
    static async open(file) {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const stat = await handle.stat();
            if (!stat.isFile()) {
                throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ENOTFILE' });
            }
            return new FileSource(handle, stat.size);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    async read(offset, length) {
        if (offset < 0 || offset >= this.size || length <= 0)
            return Buffer.alloc(0);
        const wanted = Math.min(length, this.size - offset);
        const buffer = Buffer.alloc(wanted);
        let filled = 0;
        while (filled < wanted) {
            const { bytesRead } = await this.handle.read(buffer, filled, wanted - filled, offset + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return filled === wanted ? buffer : buffer.subarray(0, filled);
    }
    close() {
        return this.handle.close();
    }
}
/** A window [start, start+size) of another source: one slice of a fat Mach-O. */
class SliceSource {
    parent;
    start;
    size;
    constructor(parent, start, size) {
        this.parent = parent;
        this.start = start;
        this.size = size;
    }
    async read(offset, length) {
        if (offset < 0 || offset >= this.size || length <= 0)
            return Buffer.alloc(0);
        return this.parent.read(this.start + offset, Math.min(length, this.size - offset));
    }
}
/** Typed field access over a header buffer in the file's byte order. */
class Fields {
    bytes;
    littleEndian;
    constructor(bytes, littleEndian) {
        this.bytes = bytes;
        this.littleEndian = littleEndian;
    }
    u16(at) {
        return this.littleEndian ? this.bytes.readUInt16LE(at) : this.bytes.readUInt16BE(at);
    }
    u32(at) {
        return this.littleEndian ? this.bytes.readUInt32LE(at) : this.bytes.readUInt32BE(at);
    }
    /** 64-bit values as numbers: file offsets and addresses stay below 2^53 in practice. */
    u64(at) {
        const value = this.littleEndian
            ? this.bytes.readBigUInt64LE(at)
            : this.bytes.readBigUInt64BE(at);
        return Number(value);
    }
    word(at, is64) {
        return is64 ? this.u64(at) : this.u32(at);
    }
    cstring(at, max) {
        const slice = this.bytes.subarray(at, at + max);
        const nul = slice.indexOf(0);
        return slice.subarray(0, nul < 0 ? slice.length : nul).toString('latin1');
    }
}

;// CONCATENATED MODULE: ./src/core/buildinfo/elf.ts


const PT_LOAD = 1;
const PF_X = 1;
const PF_W = 2;
const MACHINES = {
    3: () => '386',
    62: () => 'amd64',
    40: () => 'arm',
    183: () => 'arm64',
    8: (is64, le) => (is64 ? 'mips64' : 'mips') + (le ? 'le' : ''),
    20: () => 'ppc',
    21: (_is64, le) => (le ? 'ppc64le' : 'ppc64'),
    22: () => 's390x',
    243: () => 'riscv64',
    258: () => 'loong64'
};
const OSABI = { 2: 'netbsd', 9: 'freebsd', 12: 'openbsd' };
async function readTable(source, offset, length, what) {
    const bytes = await source.read(offset, length);
    if (bytes.length < length)
        throw truncated(what, source.size);
    return bytes;
}
async function parseElf(source) {
    const ident = await source.read(0, 64);
    if (ident.length < 52)
        throw truncated('the ELF header', source.size);
    const cls = ident[4];
    const data = ident[5];
    if ((cls !== 1 && cls !== 2) || (data !== 1 && data !== 2)) {
        throw unrecognized(`bad ELF class ${cls} or data encoding ${data}`);
    }
    const is64 = cls === 2;
    const le = data === 1;
    if (is64 && ident.length < 64)
        throw truncated('the ELF header', source.size);
    const h = new Fields(ident, le);
    const machine = h.u16(18);
    const phoff = is64 ? h.u64(32) : h.u32(28);
    const shoff = is64 ? h.u64(40) : h.u32(32);
    const base = is64 ? 54 : 42;
    const phentsize = h.u16(base);
    const phnum = h.u16(base + 2);
    const shentsize = h.u16(base + 4);
    const shnum = h.u16(base + 6);
    const shstrndx = h.u16(base + 8);
    const segments = [];
    let writableLoad;
    const writable = [];
    if (phnum > 0) {
        const minEntry = is64 ? 56 : 32;
        if (phentsize < minEntry)
            throw unrecognized(`bad program header size ${phentsize}`);
        const table = new Fields(await readTable(source, phoff, phentsize * phnum, 'the program header table'), le);
        for (let i = 0; i < phnum; i++) {
            const at = i * phentsize;
            const type = table.u32(at);
            const flags = is64 ? table.u32(at + 4) : table.u32(at + 24);
            const offset = is64 ? table.u64(at + 8) : table.u32(at + 4);
            const vaddr = is64 ? table.u64(at + 16) : table.u32(at + 8);
            const filesz = is64 ? table.u64(at + 32) : table.u32(at + 16);
            const memsz = is64 ? table.u64(at + 40) : table.u32(at + 20);
            segments.push({ name: `segment ${i}`, addr: vaddr, fileOffset: offset, fileSize: filesz });
            if (!writableLoad && type === PT_LOAD && (flags & (PF_X | PF_W)) === PF_W) {
                writableLoad = { addr: vaddr, size: memsz };
            }
            if (type === PT_LOAD && (flags & PF_W) !== 0)
                writable.push({ addr: vaddr, size: filesz });
        }
    }
    const sections = [];
    const sectionTypes = [];
    if (shoff !== 0 && shnum > 0) {
        const minEntry = is64 ? 64 : 40;
        if (shentsize < minEntry)
            throw unrecognized(`bad section header size ${shentsize}`);
        const table = new Fields(await readTable(source, shoff, shentsize * shnum, 'the section header table'), le);
        const raw = [];
        for (let i = 0; i < shnum; i++) {
            const at = i * shentsize;
            raw.push({
                nameOffset: table.u32(at),
                type: table.u32(at + 4),
                addr: is64 ? table.u64(at + 16) : table.u32(at + 12),
                offset: is64 ? table.u64(at + 24) : table.u32(at + 16),
                size: is64 ? table.u64(at + 32) : table.u32(at + 20)
            });
        }
        let names = Buffer.alloc(0);
        const strtab = raw[shstrndx];
        if (shstrndx > 0 && strtab) {
            names = await readTable(source, strtab.offset, strtab.size, 'the section name table');
        }
        const SHT_NOBITS = 8;
        for (const s of raw) {
            sectionTypes.push(s.type);
            const end = names.indexOf(0, s.nameOffset);
            const name = names.subarray(s.nameOffset, end < 0 ? names.length : end).toString('latin1');
            const stored = s.type === SHT_NOBITS || s.type === 0 ? 0 : s.size;
            sections.push({ name, addr: s.addr, size: s.size, fileOffset: s.offset, fileSize: stored });
        }
    }
    const named = sections.find(s => s.name === '.go.buildinfo');
    // debug/elf refuses these (zeroed section headers, say); --go-version-m must too.
    const SHT_STRTAB = 3;
    let goRejects;
    if (shoff === 0 && shnum !== 0)
        goRejects = 'section headers without an offset';
    else if (shnum > 0 && shstrndx >= shnum)
        goRejects = 'bad section name table index';
    else if (shnum > 0 && shstrndx > 0 && sectionTypes[shstrndx] !== SHT_STRTAB) {
        goRejects = 'the section name table is not a string table';
    }
    return {
        format: 'elf',
        bits: is64 ? 64 : 32,
        littleEndian: le,
        goos: OSABI[ident[7]] ?? 'linux',
        goarch: MACHINES[machine]?.(is64, le) ?? `elf-machine-${machine}`,
        sections,
        segments,
        // Go 1.27 looks only in the named section; older Go fell back to the first data segment,
        // which is where the blob sits, so that is searched first outside --go-version-m.
        dataStart: named ? { addr: named.addr, size: named.size } : undefined,
        extraRanges: writableLoad ? [writableLoad, ...writable] : writable,
        goRejects,
        source
    };
}

;// CONCATENATED MODULE: ./src/core/buildinfo/macho.ts


const LC_SEGMENT = 0x1;
const LC_SEGMENT_64 = 0x19;
const CPU_ARCH_ABI64 = 0x01000000;
const MACHO_CPU = {
    7: '386',
    [7 | CPU_ARCH_ABI64]: 'amd64',
    12: 'arm',
    [12 | CPU_ARCH_ABI64]: 'arm64',
    18: 'ppc',
    [18 | CPU_ARCH_ABI64]: 'ppc64'
};
function machoArch(cputype) {
    return MACHO_CPU[cputype] ?? `macho-cpu-${cputype}`;
}
/** Byte order from the magic, or undefined when this is not a thin Mach-O. */
function machoByteOrder(head) {
    if (head.length < 4)
        return undefined;
    const le = head.readUInt32LE(0);
    const be = head.readUInt32BE(0);
    if (le === 0xfeedface || le === 0xfeedfacf)
        return { le: true, is64: le === 0xfeedfacf };
    if (be === 0xfeedface || be === 0xfeedfacf)
        return { le: false, is64: be === 0xfeedfacf };
    return undefined;
}
async function parseMacho(source) {
    const head = await source.read(0, 32);
    const order = machoByteOrder(head);
    if (!order)
        throw unrecognized('bad Mach-O magic');
    const { le, is64 } = order;
    const headerSize = is64 ? 32 : 28;
    if (head.length < headerSize)
        throw truncated('the Mach-O header', source.size);
    const h = new Fields(head, le);
    const cputype = h.u32(4);
    const ncmds = h.u32(16);
    const sizeofcmds = h.u32(20);
    const cmdBytes = await source.read(headerSize, sizeofcmds);
    if (cmdBytes.length < sizeofcmds)
        throw truncated('the Mach-O load commands', source.size);
    const cmds = new Fields(cmdBytes, le);
    const sections = [];
    const segments = [];
    let dataSegment;
    const writable = [];
    for (let i = 0, at = 0; i < ncmds; i++) {
        if (at + 8 > cmdBytes.length)
            throw unrecognized('Mach-O load command out of range');
        const cmd = cmds.u32(at);
        const cmdsize = cmds.u32(at + 4);
        if (cmdsize < 8 || at + cmdsize > cmdBytes.length) {
            throw unrecognized(`bad Mach-O load command size ${cmdsize}`);
        }
        if (cmd === LC_SEGMENT || cmd === LC_SEGMENT_64) {
            const wide = cmd === LC_SEGMENT_64;
            const segname = cmds.cstring(at + 8, 16);
            const addr = cmds.word(at + 24, wide);
            const memsz = cmds.word(at + (wide ? 32 : 28), wide);
            const fileoff = cmds.word(at + (wide ? 40 : 32), wide);
            const filesz = cmds.word(at + (wide ? 48 : 36), wide);
            const maxprot = cmds.u32(at + (wide ? 56 : 40));
            const prot = cmds.u32(at + (wide ? 60 : 44));
            const nsects = cmds.u32(at + (wide ? 64 : 48));
            if (segname !== '__PAGEZERO') {
                segments.push({ name: segname, addr, fileOffset: fileoff, fileSize: filesz });
            }
            if (filesz !== 0 && (prot & 2) !== 0)
                writable.push({ addr, size: filesz });
            if (!dataSegment && addr !== 0 && filesz !== 0 && prot === 3 && maxprot === 3) {
                dataSegment = { addr, size: memsz };
            }
            const sectSize = wide ? 80 : 68;
            const first = at + (wide ? 72 : 56);
            if (first + nsects * sectSize > at + cmdsize)
                throw unrecognized('Mach-O sections out of range');
            for (let s = 0; s < nsects; s++) {
                const sp = first + s * sectSize;
                const name = cmds.cstring(sp, 16);
                const seg = cmds.cstring(sp + 16, 16);
                const saddr = cmds.word(sp + 32, wide);
                const size = cmds.word(sp + (wide ? 40 : 36), wide);
                const offset = cmds.u32(sp + (wide ? 48 : 40));
                const flags = cmds.u32(sp + (wide ? 64 : 56));
                const zerofill = [1, 0xc, 0x12].includes(flags & 0xff);
                sections.push({
                    name: `${seg},${name}`,
                    addr: saddr,
                    size,
                    fileOffset: offset,
                    fileSize: zerofill || offset === 0 ? 0 : size
                });
            }
        }
        at += cmdsize;
    }
    const named = sections.find(s => s.name.endsWith(',__go_buildinfo'));
    return {
        format: 'macho',
        bits: is64 ? 64 : 32,
        littleEndian: le,
        goos: 'darwin',
        goarch: machoArch(cputype),
        sections,
        segments,
        // Go 1.27 looks only in the named section; the data segment fallback of older Go (and
        // every writable segment) is searched outside --go-version-m.
        dataStart: named ? { addr: named.addr, size: named.size } : undefined,
        extraRanges: dataSegment ? [dataSegment, ...writable] : writable,
        source
    };
}

;// CONCATENATED MODULE: ./src/core/buildinfo/pe.ts


const pe_MACHINES = {
    0x14c: '386',
    0x8664: 'amd64',
    0x1c0: 'arm',
    0x1c4: 'arm',
    0xaa64: 'arm64'
};
const INITIALIZED_DATA = 0x40;
const MEM_EXECUTE = 0x20000000;
const MEM_WRITE = 0x80000000;
// Go ignores only these alignment bits (IMAGE_SCN_ALIGN_32BYTES), so ALIGN_16BYTES fails its test.
const ALIGN_BITS = 0x00600000;
async function parsePe(source) {
    const dos = await source.read(0, 64);
    if (dos.length < 64)
        throw truncated('the DOS header', source.size);
    const peOffset = dos.readUInt32LE(0x3c);
    const coffBytes = await source.read(peOffset, 24);
    if (coffBytes.length < 24)
        throw truncated('the PE header', source.size);
    if (coffBytes.readUInt32BE(0) !== 0x50450000)
        throw unrecognized('missing PE signature');
    const coff = new Fields(coffBytes, true);
    const machine = coff.u16(4);
    const nsections = coff.u16(6);
    const symbolTable = coff.u32(12);
    const nsymbols = coff.u32(16);
    const optSize = coff.u16(20);
    const opt = await source.read(peOffset + 24, optSize);
    if (opt.length < optSize || optSize < 2)
        throw truncated('the PE optional header', source.size);
    const magic = opt.readUInt16LE(0);
    if (magic !== 0x10b && magic !== 0x20b)
        throw unrecognized(`bad PE optional header magic ${magic}`);
    const is64 = magic === 0x20b;
    const imageBase = is64 ? Number(opt.readBigUInt64LE(24)) : opt.readUInt32LE(28);
    const tableBytes = await source.read(peOffset + 24 + optSize, 40 * nsections);
    if (tableBytes.length < 40 * nsections)
        throw truncated('the PE section table', source.size);
    const table = new Fields(tableBytes, true);
    // Long section names ("/4") point into the COFF string table after the symbols; read only
    // the part they use (the table also holds every symbol name).
    const longNames = Array.from({ length: nsections }, (_, i) => table.cstring(i * 40, 8))
        .filter(name => /^\/\d+$/.test(name))
        .map(name => Number(name.slice(1)));
    const stringsEnd = longNames.length > 0 ? Math.max(...longNames) + 256 : 0;
    const strings = symbolTable > 0 && stringsEnd > 0
        ? await source.read(symbolTable + nsymbols * 18, stringsEnd)
        : Buffer.alloc(0);
    const sections = [];
    const segments = [];
    const raw = [];
    for (let i = 0; i < nsections; i++) {
        const at = i * 40;
        let name = table.cstring(at, 8);
        if (/^\/\d+$/.test(name)) {
            const offset = Number(name.slice(1));
            const end = strings.indexOf(0, offset);
            if (offset < strings.length)
                name = strings.subarray(offset, end < 0 ? undefined : end).toString('latin1');
        }
        const entry = {
            name,
            virtualSize: table.u32(at + 8),
            va: table.u32(at + 12),
            rawSize: table.u32(at + 16),
            rawPointer: table.u32(at + 20),
            characteristics: table.u32(at + 36)
        };
        raw.push(entry);
        sections.push({
            name,
            addr: entry.va + imageBase,
            size: entry.virtualSize,
            fileOffset: entry.rawPointer,
            fileSize: entry.rawSize
        });
        segments.push({
            name,
            addr: entry.va + imageBase,
            fileOffset: entry.rawPointer,
            fileSize: entry.rawSize
        });
    }
    // Go's rule (exact characteristics, only the alignment bits ignored), as --go-version-m needs.
    const exact = raw.find(s => s.va !== 0 && s.rawSize !== 0 && (s.characteristics & ~ALIGN_BITS) >>> 0 === 0xc0000040);
    const isData = (s) => s.va !== 0 &&
        s.rawSize !== 0 &&
        (s.characteristics & INITIALIZED_DATA) !== 0 &&
        (s.characteristics & MEM_WRITE) !== 0 &&
        (s.characteristics & MEM_EXECUTE) === 0;
    const lenient = raw.find(s => s.name === '.data' && isData(s)) ?? raw.find(isData);
    return {
        format: 'pe',
        bits: is64 ? 64 : 32,
        littleEndian: true,
        goos: 'windows',
        goarch: pe_MACHINES[machine] ?? `pe-machine-${machine}`,
        sections,
        segments,
        dataStart: exact ? { addr: exact.va + imageBase, size: exact.virtualSize } : undefined,
        // The lenient choice first (golang/go#53071), then every writable section.
        extraRanges: [
            ...(lenient ? [{ addr: lenient.va + imageBase, size: lenient.virtualSize }] : []),
            ...raw
                .filter(s => s.rawSize !== 0 && (s.characteristics & MEM_WRITE) !== 0)
                .map(s => ({ addr: s.va + imageBase, size: s.rawSize }))
        ],
        source
    };
}

;// CONCATENATED MODULE: ./src/core/buildinfo/xcoff.ts
/** XCOFF (AIX), always big-endian: 0x01DF is 32-bit (ppc), 0x01F7 is 64-bit (ppc64). */


const XCOFF32_MAGIC = 0x01df;
const XCOFF64_MAGIC = 0x01f7;
const STYP_DATA = 0x40;
const STYP_BSS = 0x80;
function isXcoff(head) {
    if (head.length < 2)
        return false;
    const magic = head.readUInt16BE(0);
    return magic === XCOFF32_MAGIC || magic === XCOFF64_MAGIC;
}
async function parseXcoff(source) {
    const head = await source.read(0, 24);
    const is64 = head.readUInt16BE(0) === XCOFF64_MAGIC;
    const headerSize = is64 ? 24 : 20;
    if (head.length < headerSize)
        throw truncated('the XCOFF header', source.size);
    const h = new Fields(head, false);
    const nsections = h.u16(2);
    const optSize = h.u16(16);
    const entrySize = is64 ? 72 : 40;
    const tableBytes = await source.read(headerSize + optSize, nsections * entrySize);
    if (tableBytes.length < nsections * entrySize) {
        throw truncated('the XCOFF section table', source.size);
    }
    const table = new Fields(tableBytes, false);
    const sections = [];
    let data;
    for (let i = 0; i < nsections; i++) {
        const at = i * entrySize;
        const name = table.cstring(at, 8);
        const addr = table.word(at + (is64 ? 16 : 12), is64);
        const size = table.word(at + (is64 ? 24 : 16), is64);
        const fileOffset = table.word(at + (is64 ? 32 : 20), is64);
        const type = table.u32(at + (is64 ? 64 : 36));
        // .bss (and any section without file data) reads as zeros in Go; nothing to hash.
        const stored = type === STYP_BSS || fileOffset === 0 ? 0 : size;
        sections.push({ name, addr, size, fileOffset, fileSize: stored });
        // Go's DataStart: the first section of type STYP_DATA.
        if (!data && type === STYP_DATA)
            data = { addr, size };
    }
    if (nsections === 0)
        throw unrecognized('XCOFF file without sections');
    return {
        format: 'xcoff',
        bits: is64 ? 64 : 32,
        littleEndian: false,
        goos: 'aix',
        goarch: is64 ? 'ppc64' : 'ppc',
        sections,
        segments: sections.map(s => ({
            name: s.name,
            addr: s.addr,
            fileOffset: s.fileOffset,
            fileSize: s.fileSize
        })),
        dataStart: data,
        extraRanges: sections
            .filter(s => s.fileSize > 0 && s !== sections.find(x => x.addr === data?.addr))
            .map(s => ({ addr: s.addr, size: s.fileSize })),
        source
    };
}

;// CONCATENATED MODULE: ./src/core/buildinfo/detect.ts
/** Identifies the container format from the first bytes and opens each executable in it. */






const MAX_FAT_ARCHES = 64;
async function openContainer(source, options = {}) {
    const ident = await source.read(0, 16);
    if (ident.length < 16) {
        throw unrecognized(ident.length === 0 ? 'empty file' : `only ${ident.length} bytes`);
    }
    const whole = (open) => [{ offset: 0, size: source.size, open }];
    if (ident.subarray(0, 4).equals(Buffer.from('\x7fELF', 'latin1'))) {
        return { container: 'elf', slices: whole(() => parseElf(source)) };
    }
    if (ident[0] === 0x4d && ident[1] === 0x5a) {
        return { container: 'pe', slices: whole(() => parsePe(source)) };
    }
    if (machoByteOrder(ident)) {
        return { container: 'macho', slices: whole(() => parseMacho(source)) };
    }
    if (isXcoff(ident)) {
        return { container: 'xcoff', slices: whole(() => parseXcoff(source)) };
    }
    const magic = ident.readUInt32BE(0);
    // Go's debug/macho reads only 32-bit universal headers: go version -m calls a 64-bit one
    // (0xCAFEBABF) an unrecognized file format. Outside --go-version-m we read it.
    if (magic === 0xcafebabf && options.goCompatible) {
        throw unrecognized('64-bit universal binary, which go version -m cannot read');
    }
    if (magic === 0xcafebabe || magic === 0xcafebabf) {
        return { container: 'macho-fat', slices: await fatSlices(source, magic === 0xcafebabf) };
    }
    throw unrecognized();
}
/** Every slice of a universal binary; the header is always big-endian. */
async function fatSlices(source, wide) {
    const head = await source.read(0, 8);
    const count = head.readUInt32BE(4);
    // 0xCAFEBABE is also a Java class file, whose next word is a version, not a small count.
    if (count === 0 || count > MAX_FAT_ARCHES)
        throw unrecognized(`not a universal binary (${count} slices)`);
    const entrySize = wide ? 32 : 20;
    const table = await source.read(8, count * entrySize);
    if (table.length < count * entrySize)
        throw truncated('the universal binary header', source.size);
    const slices = [];
    for (let i = 0; i < count; i++) {
        const at = i * entrySize;
        const cputype = table.readUInt32BE(at);
        const offset = wide ? Number(table.readBigUInt64BE(at + 8)) : table.readUInt32BE(at + 8);
        const size = wide ? Number(table.readBigUInt64BE(at + 16)) : table.readUInt32BE(at + 12);
        if (offset + size > source.size) {
            throw truncated(`slice ${i} (${machoArch(cputype)}) at offset ${offset}`, source.size);
        }
        const slice = new SliceSource(source, offset, size);
        slices.push({ offset, size, fatArch: machoArch(cputype), open: () => parseMacho(slice) });
    }
    return slices;
}
/**
 * UPX leaves "UPX!" in its stub near the start and names PE sections UPX0/UPX1.
 * Checked only after the build info search failed, so a Go binary that merely
 * contains the text is never misreported.
 */
async function looksUpxPacked(source) {
    const head = await source.read(0, 4096);
    if (head.includes('UPX!') || head.includes('UPX0'))
        return true;
    const tail = await source.read(Math.max(0, source.size - 4096), 4096);
    return tail.includes('UPX!');
}

// EXTERNAL MODULE: ./src/core/buildinfo/modinfo.ts
var buildinfo_modinfo = __webpack_require__(2888);
// EXTERNAL MODULE: ./src/core/buildinfo/quote.ts
var quote = __webpack_require__(8004);
;// CONCATENATED MODULE: ./src/core/buildinfo/index.ts
/**
 * Reads Go build info from ELF, Mach-O (thin and universal) and PE binaries
 * without a Go toolchain, reading only the byte ranges it needs.
 */










async function readSlice(exe, options) {
    const raw = await readRawBuildInfo(exe, options);
    let modinfo;
    try {
        modinfo = (0,buildinfo_modinfo/* parseModInfo */.eO)(raw.modinfo);
    }
    catch (error) {
        if (error instanceof buildinfo_modinfo/* ModInfoError */.l$)
            throw new BuildInfoError('not-go', error.message, error.message);
        throw error;
    }
    const { version, experiments: fromVersion } = (0,buildinfo_modinfo/* splitGoVersion */.b8)(raw.version);
    const goexperiment = modinfo.settings.find(setting => setting.key === 'GOEXPERIMENT');
    const experiments = goexperiment
        ? goexperiment.value.split(',').filter(x => x !== '')
        : fromVersion;
    return {
        goVersionRaw: raw.version,
        goVersion: version,
        experiments,
        layout: raw.layout,
        ...modinfo
    };
}
async function readBuildInfoFrom(source, options = {}) {
    try {
        const { container, slices } = await openContainer(source, options);
        const result = [];
        for (const slice of slices) {
            const exe = await slice.open();
            result.push({
                format: exe.format,
                bits: exe.bits,
                littleEndian: exe.littleEndian,
                goos: exe.goos,
                goarch: exe.goarch,
                fatArch: slice.fatArch,
                offset: slice.offset,
                size: slice.size,
                sections: exe.sections,
                buildInfo: await readSlice(exe, options)
            });
        }
        return { container, size: source.size, slices: result };
    }
    catch (error) {
        if (error instanceof BuildInfoError && error.goMessage === NOT_GO && error.kind !== 'upx') {
            if (await looksUpxPacked(source)) {
                throw upxPacked();
            }
        }
        throw error;
    }
}
function describeOpenError(error) {
    if (error.code === 'ENOTFILE')
        return 'not a regular file';
    if (error.code === 'ENOENT')
        return 'no such file';
    return error.code ?? error.message;
}
/**
 * Reads a file's build info; errors are BuildInfoErrors naming the file as `label` (by
 * default its path), so users see the name they gave.
 */
async function readBuildInfo(file, label = file, options = {}) {
    let source;
    try {
        source = await FileSource.open(file);
    }
    catch (error) {
        throw new BuildInfoError('unreadable', error.message, `cannot open ${label}: ${describeOpenError(error)}`, 'check the path and permissions');
    }
    try {
        return await readBuildInfoFrom(source, options);
    }
    catch (error) {
        if (error instanceof BuildInfoError) {
            throw new BuildInfoError(error.kind, error.goMessage, `${label}: ${error.message}`, error.fix);
        }
        throw error;
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 2888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ formatModInfo),
/* harmony export */   b8: () => (/* binding */ splitGoVersion),
/* harmony export */   eO: () => (/* binding */ parseModInfo),
/* harmony export */   l$: () => (/* binding */ ModInfoError)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8004);
/**
 * The module info text: parsing (runtime/debug.ParseBuildInfo) and
 * rendering (BuildInfo.String), so `go version -m` output is reproduced exactly.
 */

class ModInfoError extends Error {
}
const quoteKey = (key) => key === '' || /[= \t\r\n"`]/.test(key);
const quoteValue = (value) => /[ \t\r\n"`]/.test(value);
function parseBuildLine(line) {
    if (line === '')
        throw new ModInfoError("build line missing '='");
    let key;
    let rawValue;
    if (line[0] === '"' || line[0] === '`') {
        const literal = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuotedPrefix */ .tV)(line);
        if (literal === undefined)
            throw new ModInfoError('invalid quoted key in build line');
        if (line.length === literal.length)
            throw new ModInfoError("build line missing '=' after quoted key");
        if (line[literal.length] !== '=') {
            throw new ModInfoError(`unexpected character after quoted key: ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(line[literal.length])}`);
        }
        key = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goUnquote */ .M7)(literal);
        rawValue = line.slice(literal.length + 1);
    }
    else {
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new ModInfoError("build line missing '=' after key");
        if (eq === 0)
            throw new ModInfoError('build line with missing key');
        key = line.slice(0, eq);
        if (quoteKey(key))
            throw new ModInfoError(`unquoted key ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)} must be quoted`);
        rawValue = line.slice(eq + 1);
    }
    let value;
    if (rawValue !== '' && (rawValue[0] === '"' || rawValue[0] === '`')) {
        const unquoted = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goUnquote */ .M7)(rawValue);
        if (unquoted === undefined)
            throw new ModInfoError('invalid quoted value in build line');
        value = unquoted;
    }
    else {
        if (quoteValue(rawValue))
            throw new ModInfoError(`unquoted value ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(rawValue)} must be quoted`);
        value = rawValue;
    }
    return { key, value };
}
function parseModInfo(text) {
    const info = { path: '', deps: [], settings: [] };
    let last;
    const lines = text.split('\n');
    lines.pop(); // a final line without "\n" is dropped, as in Go
    lines.forEach((line, index) => {
        try {
            if (line.startsWith('path\t')) {
                info.path = line.slice(5);
            }
            else if (line.startsWith('mod\t') || line.startsWith('dep\t')) {
                const cols = line.slice(4).split('\t');
                if (cols.length !== 2 && cols.length !== 3) {
                    throw new ModInfoError(`expected 2 or 3 columns; got ${cols.length}`);
                }
                const mod = { path: cols[0], version: cols[1], sum: cols[2] ?? '' };
                if (line.startsWith('mod\t'))
                    info.main = mod;
                else
                    info.deps.push(mod);
                last = mod;
            }
            else if (line.startsWith('=>\t')) {
                const cols = line.slice(3).split('\t');
                if (cols.length !== 3)
                    throw new ModInfoError(`expected 3 columns for replacement; got ${cols.length}`);
                if (!last)
                    throw new ModInfoError('replacement with no module on previous line');
                last.replace = { path: cols[0], version: cols[1], sum: cols[2] };
                last = undefined;
            }
            else if (line.startsWith('build\t')) {
                info.settings.push(parseBuildLine(line.slice(6)));
                last = undefined;
            }
        }
        catch (error) {
            if (error instanceof ModInfoError) {
                throw new ModInfoError(`could not parse Go build info: line ${index + 1}: ${error.message}`);
            }
            throw error;
        }
    });
    return info;
}
/** BuildInfo.String() with GoVersion empty: the lines `go version -m` prints after the first. */
function formatModInfo(info) {
    let out = '';
    if (info.path !== '')
        out += `path\t${info.path}\n`;
    const formatMod = (word, m) => {
        out += `${word}\t${m.path}\t${m.version}`;
        if (m.replace === undefined)
            out += `\t${m.sum}`;
        else {
            out += '\n';
            formatMod('=>', m.replace);
        }
        out += '\n';
    };
    if (info.main && (info.main.path || info.main.version || info.main.sum || info.main.replace)) {
        formatMod('mod', info.main);
    }
    for (const dep of info.deps)
        formatMod('dep', dep);
    for (const s of info.settings) {
        const key = quoteKey(s.key) ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(s.key) : s.key;
        const value = quoteValue(s.value) ? (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(s.value) : s.value;
        out += `build\t${key}=${value}\n`;
    }
    return out;
}
/**
 * Splits "go1.22.0 X:boringcrypto" (Go 1.18–1.26) or "go1.27.4-X:fieldtrack" (Go 1.27) into
 * the version and the experiments it names.
 */
function splitGoVersion(raw) {
    const match = /[ -]X:/.exec(raw);
    if (!match)
        return { version: raw, experiments: [] };
    return {
        version: raw.slice(0, match.index),
        experiments: raw
            .slice(match.index + 3)
            .split(',')
            .filter(x => x !== '')
    };
}


/***/ }),

/***/ 8004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ goUnquote),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   tV: () => (/* binding */ goQuotedPrefix)
/* harmony export */ });
/* harmony import */ var _gostring_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6173);
/** Go's strconv.Quote and Unquote, as far as build settings need them. */

function isPrintable(cp) {
    // Close to strconv.IsPrint: control characters, surrogates and a few format characters are not.
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
        return false;
    if (cp === 0xad || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff)
        return false;
    return /\P{C}/u.test(String.fromCodePoint(cp)) || cp === 0x20;
}
function goQuote(text) {
    let out = '"';
    for (const byte of text) {
        const cp = byte.codePointAt(0);
        // A byte that is not UTF-8 (see gostring.ts): Go writes \xNN.
        const raw = (0,_gostring_js__WEBPACK_IMPORTED_MODULE_0__/* .escapedByte */ .AN)(cp);
        if (raw !== undefined) {
            out += `\\x${raw.toString(16).padStart(2, '0')}`;
            continue;
        }
        if (byte === '"' || byte === '\\')
            out += '\\' + byte;
        else if (isPrintable(cp))
            out += byte;
        else if (cp === 7)
            out += '\\a';
        else if (cp === 8)
            out += '\\b';
        else if (cp === 12)
            out += '\\f';
        else if (cp === 10)
            out += '\\n';
        else if (cp === 13)
            out += '\\r';
        else if (cp === 9)
            out += '\\t';
        else if (cp === 11)
            out += '\\v';
        else if (cp < 0x20 || cp === 0x7f)
            out += `\\x${cp.toString(16).padStart(2, '0')}`;
        else if (cp < 0x10000)
            out += `\\u${cp.toString(16).padStart(4, '0')}`;
        else
            out += `\\U${cp.toString(16).padStart(8, '0')}`;
    }
    return out + '"';
}
const SIMPLE_ESCAPES = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    '"': '"'
};
/** Unquotes a Go "…" or `…` literal; undefined when it is not one. */
function goUnquote(literal) {
    if (literal.length < 2)
        return undefined;
    const quote = literal[0];
    if (literal[literal.length - 1] !== quote)
        return undefined;
    const body = literal.slice(1, -1);
    if (quote === '`')
        return body.includes('`') ? undefined : body.replace(/\r/g, '');
    if (quote !== '"')
        return undefined;
    const bytes = [];
    for (let i = 0; i < body.length;) {
        const ch = body[i];
        if (ch === '"' || ch === '\n')
            return undefined;
        if (ch !== '\\') {
            const cp = body.codePointAt(i);
            const s = String.fromCodePoint(cp);
            bytes.push(...(0,_gostring_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeGoString */ .gN)(s));
            i += s.length;
            continue;
        }
        const next = body[i + 1];
        if (next === undefined)
            return undefined;
        if (SIMPLE_ESCAPES[next] !== undefined) {
            bytes.push(SIMPLE_ESCAPES[next].charCodeAt(0));
            i += 2;
        }
        else if (next === 'x') {
            const hex = body.slice(i + 2, i + 4);
            if (!/^[0-9a-fA-F]{2}$/.test(hex))
                return undefined;
            bytes.push(parseInt(hex, 16));
            i += 4;
        }
        else if (/[0-7]/.test(next)) {
            const oct = body.slice(i + 1, i + 4);
            if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255)
                return undefined;
            bytes.push(parseInt(oct, 8));
            i += 4;
        }
        else if (next === 'u' || next === 'U') {
            const width = next === 'u' ? 4 : 8;
            const hex = body.slice(i + 2, i + 2 + width);
            if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex))
                return undefined;
            const cp = parseInt(hex, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                return undefined;
            bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
            i += 2 + width;
        }
        else
            return undefined;
    }
    return (0,_gostring_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeGoString */ .cP)(Buffer.from(bytes));
}
/** The quoted-literal prefix of `text` (Go's strconv.QuotedPrefix), or undefined. */
function goQuotedPrefix(text) {
    const quote = text[0];
    if (quote !== '"' && quote !== '`')
        return undefined;
    for (let i = 1; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\') {
            i++;
            continue;
        }
        if (text[i] === quote) {
            const literal = text.slice(0, i + 1);
            return goUnquote(literal) === undefined ? undefined : literal;
        }
    }
    return undefined;
}


/***/ })

};
