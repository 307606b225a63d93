export const id=3292;export const ids=[3292];export const modules={3292:(e,t,r)=>{r.d(t,{PJ:()=>s,zx:()=>n,qg:()=>x});class n extends Error{line;column;codeblock;constructor(e,t){const[r,n]=
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function(e,t){let r=e.slice(0,t).split(/\r?\n/);return[r.length,r.pop().length+1]}(t.toml,t.ptr),i=function(e,t,r){let n=e.split(/\r?\n/),i="",l=1+(0|Math.log10(t+1));for(let e=t-1;e<=t+1;e++){let s=n[e-1];s&&(i+=e.toString().padEnd(l," "),i+=":  ",i+=s,i+="\n",e===t&&(i+=" ".repeat(l+r+2),i+="^\n"))}return i}(t.toml,r,n);super(`Invalid TOML document: ${e}\n\n${i}`,t),this.line=r,this.column=n,this.codeblock=i}static x(e,t,r){throw new n(e,{toml:t.s,ptr:r??t.p})}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function i(e){let t=e.p,r=e.s.charCodeAt(e.p++),i=r,l=39===r,s=r===e.s.charCodeAt(e.p)&&r===e.s.charCodeAt(e.p+1);s&&(10===(r=e.s.charCodeAt(e.p+=2))?e.p++:13===r&&10===e.s.charCodeAt(e.p+1)&&(e.p+=2));let a="",o=e.p,c=0;for(;e.p<e.s.length;e.p++)if(r=e.s.charCodeAt(e.p),s&&(10===r||13===r&&10===e.s.charCodeAt(e.p+1)))c=c&&3;else if(r<32&&9!==r||127===r)n.x("control characters are not allowed in strings",e);else{if(!(c&&3!==c||r!==i||s&&(e.s.charCodeAt(e.p+1)!==i||e.s.charCodeAt(e.p+2)!==i))){if(s&&(e.s.charCodeAt(e.p+3)===i&&e.p++,e.s.charCodeAt(e.p+3)===i&&e.p++),!c){let t=e.s.slice(o,e.p);a=a?a+t:t}return e.p+=s?3:1,a}if(c)if(1===c)if(120===r||117===r||85===r){let t=e.p++-1,i=0,l=120===r?2:117===r?4:8;for(let t=0;t<l;t++,e.p++){let t=e.s.charCodeAt(e.p),r=t>=48&&t<=57?t-48:t>=65&&t<=70?t-65+10:t>=97&&t<=102?t-97+10:-1;r<0&&n.x("invalid non-hex character in unicode escape",e),i=i<<4|r}(i<0||i>1114111||i>=55296&&i<=57343)&&n.x("invalid unicode escape",e,t),a+=String.fromCodePoint(i),o=e.p--,c=0}else!s||32!==r&&9!==r?(98===r?a+="\b":116===r?a+="\t":110===r?a+="\n":102===r?a+="\f":114===r?a+="\r":101===r?a+="":34===r?a+='"':92===r?a+="\\":n.x("unrecognised escape sequence",e),o=e.p+1,c=0):c=2;else 32!==r&&9!==r&&(2===c&&n.x("invalid escape: only line-ending whitespace may be escaped",e,o),c=l||92!==r?0:1,o=e.p);else l||92!==r||(a+=e.s.slice(o,o=e.p),c=1)}n.x("unfinished string",e,t)}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let l=/^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;class s extends Date{#e=!1;#t=!1;#r=null;constructor(e,t,r){let n,i=!0,s=!0,a="Z";if("string"==typeof e)if(t)e:{if(t<3){if(+e.slice(11,13)>23){e="";break e}2===t?(a=null,e+="Z"):90!==(n=e.charCodeAt(e.length-1))&&122!==n&&(a=e.slice(e.length-6)),r&&(e=e.slice(0,10)+"T"+e.slice(11))}else 4===t&&(e=+e.slice(0,2)>23?"":`0000-01-01T${e}Z`);i=4!==t,s=3!==t}else{let t=e.match(l);t?(t[1]||(i=!1,e=`0000-01-01T${e}`),s=!!t[2],s&&" "===e[10]&&(e=e.replace(" ","T")),t[2]&&+t[2]>23?e="":(a=t[3]||null,!a&&s&&(e+="Z"))):e=""}super(e),isNaN(this.getTime())||(this.#e=i,this.#t=s,this.#r=a)}isDateTime(){return this.#e&&this.#t}isLocal(){return!this.#e||!this.#t||!this.#r}isDate(){return this.#e&&!this.#t}isTime(){return this.#t&&!this.#e}isValid(){return this.#e||this.#t}toISOString(){let e=super.toISOString();if(this.isDate())return e.slice(0,10);if(this.isTime())return e.slice(11,23);if(null===this.#r)return e.slice(0,-1);if("Z"===this.#r||"z"===this.#r)return e;let t=60*+this.#r.slice(1,3)+ +this.#r.slice(4,6);return t="-"===this.#r[0]?t:-t,new Date(this.getTime()-6e4*t).toISOString().slice(0,-1)+this.#r}static wrapAsOffsetDateTime(e,t="Z"){let r=new s(e);return r.#r=t,r}static wrapAsLocalDateTime(e){let t=new s(e);return t.#r=null,t}static wrapAsLocalDate(e){let t=new s(e);return t.#t=!1,t.#r=null,t}static wrapAsLocalTime(e){let t=new s(e);return t.#e=!1,t.#r=null,t}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function a(e,t=10){return 16===t?e>47&&e<58||e>64&&e<71||e>96&&e<103:e>47&&e<48+t}function o(e,t){return 32===e||9===e||10===e||13===e||t&&(e===t||44===e)||35===e}function c(e,t){let r=e.p,l=e.s.charCodeAt(e.p);if(91===l||123===l){e.d--||n.x("document contains excessively nested structures. aborting.",e);let t=91===l?function(e){let t,r=e.p++,i=[];for(;e.p<e.s.length;){if(A(e),93===(t=e.s.charCodeAt(e.p)))return e.p++,i;if(i.push(c(e,93)),A(e),93===(t=e.s.charCodeAt(e.p++)))return i;44!==t&&n.x("expected comma or end of structure",e,e.p-1)}n.x("unfinished array",e,r)}(e):function(e){let t,r=e.p++,i=Object.create(null),l=new Set;for(;e.p<e.s.length;){if(A(e),125===(t=e.s.charCodeAt(e.p)))return e.p++,i;let r,s=i,a=!1,o=e.p,p=m(e);for(let t=0;t<p.length;t++){t&&(s=a?s[r]:s[r]=Object.create(null)),r=p[t],(a=Object.hasOwn(s,r))&&("object"!=typeof s[r]||l.has(s[r]))&&n.x("trying to redefine an already defined value",e,o);let i="__proto__"===r;if(e.uk&&(i||"constructor"===r)){s=1!==e.uk&&n.x("document contains an unsafe property",e,o);break}!a&&i&&Object.defineProperty(s,r,{enumerable:!0,configurable:!0,writable:!0})}a&&n.x("trying to redefine an already defined value",e,o),A(e,!0,!0);let u=c(e,125);if(s&&"object"==typeof(s[r]=u)&&l.add(u),A(e),125===(t=e.s.charCodeAt(e.p++)))return i;44!==t&&n.x("expected comma or end of structure",e,e.p-1)}n.x("unfinished table",e,r)}(e);return e.d++,t}return 34===l||39===l?i(e):116===l?(114===e.s.charCodeAt(++e.p)&&117===e.s.charCodeAt(++e.p)&&101===e.s.charCodeAt(++e.p)||n.x("invalid value",e,r),e.p++,!0):102===l?(97===e.s.charCodeAt(++e.p)&&108===e.s.charCodeAt(++e.p)&&115===e.s.charCodeAt(++e.p)&&101===e.s.charCodeAt(++e.p)||n.x("invalid value",e,r),e.p++,!1):43===l||45===l?p(e,e.p,e.s.charCodeAt(++e.p),44-l,t):45===e.s.charCodeAt(e.p+4)&&45===e.s.charCodeAt(e.p+7)?function(e,t,r){let i,l=e.p++;if(!(a(t)&&a(e.s.charCodeAt(e.p++))&&a(e.s.charCodeAt(e.p++))&&a(e.s.charCodeAt(e.p++))))return p(e,e.p=l,t,0,r);e.p+=5,a(e.s.charCodeAt(e.p++))||n.x("invalid date-time: date part is malformed",e,l);if(e.p>=e.s.length||(32!==(t=e.s.charCodeAt(e.p))||(i=!0,!a(e.s.charCodeAt(e.p+1))))&&84!==t&&116!==t){let t=e.s.slice(l,e.p);return f(e,t,3,!1,l)}58!==e.s.charCodeAt(e.p+=3)&&n.x("invalid date-time: time part is malformed",e,l);58===e.s.charCodeAt(e.p+=3)&&(e.p+=3);if(46===e.s.charCodeAt(e.p))for(;a(e.s.charCodeAt(++e.p)););if(t=e.s.charCodeAt(e.p)){if(90===t||122===t){let t=e.s.slice(l,++e.p);return f(e,t,1,i,l,"[+00:00]")}if(43===t||45===t){let t=e.s.slice(l,e.p+=6);return f(e,t,1,i,l,!e.ld&&"["+e.s.slice(e.p-6,e.p)+"]")}}let s=e.s.slice(l,e.p);return f(e,s,2,i,l)}(e,l,t):58===e.s.charCodeAt(e.p+2)?function(e,t,r){let n=e.p;if(!a(t)||!a(e.s.charCodeAt(++e.p)))return p(e,--e.p,t,0,r);58===e.s.charCodeAt(e.p+=4)&&(e.p+=3);if(46===e.s.charCodeAt(e.p))for(;a(e.s.charCodeAt(++e.p)););let i=e.s.slice(n,e.p);return f(e,i,4,!1,n)}(e,l,t):p(e,e.p,l,0,t)}function p(e,t,r,i,l){let s=r,c=0,p=!1;if(105===s)return 110===e.s.charCodeAt(++e.p)&&102===e.s.charCodeAt(++e.p)||n.x("invalid value",e,t),e.p++,(i||1)/0;if(110===s)return 97===e.s.charCodeAt(++e.p)&&110===e.s.charCodeAt(++e.p)||n.x("invalid value",e,t),e.p++,NaN;if(48===s){if(++e.p>=e.s.length||o(s=e.s.charCodeAt(e.p),l))return!0===e.bi?0n:0;if(!i){if(120===s)return u(e,t,16,l);if(98===s)return u(e,t,2,l);if(111===s)return u(e,t,8,l)}46===s?c=2:101===s||69===s?c=4:n.x("illegal leading zero",e,t)}else a(s)||n.x("invalid value",e,t);for(;++e.p<e.s.length&&(s=e.s.charCodeAt(e.p),!o(s,l));)c||(c=1),95===s?(1&c||n.x("illegal underscore",e),c+=11,p=!0):1===c&&46===s?c=2:1!==c&&3!==c||101!==s&&69!==s?4!==c||43!==s&&45!==s?a(s)?c>9?c-=11:1&c||c++:n.x("illegal character in numeric literal",e):c=6:c=4;if(!c){let t=(r-48)*(i||1);return!0===e.bi?BigInt(t):t}1&c||n.x("unfinished numeric value",e,t);let f=e.s.slice(t,e.p);return p&&(f=f.replaceAll("_","")),c>1?parseFloat(f):d(e,f,10,t)}function u(e,t,r,i){let l,s=1;for(;++e.p<e.s.length&&(l=e.s.charCodeAt(e.p),!o(l,i));)95===l?(1&s&&n.x("illegal underscore",e),s=3):a(l,r)?1&s&&s--:n.x("illegal character in numeric literal",e);1&s&&n.x("unfinished numeric value",e);let c=e.s.slice(t+2,e.p);return s&&(c=c.replaceAll("_","")),d(e,c,r,t)}function d(e,t,r,i){if(!0!==e.bi)e:{let l=parseInt(t,r);if(!Number.isSafeInteger(l)){if(e.bi)break e;n.x("integer value cannot be represented losslessly",e,i)}return l}return 10===r?BigInt(t):BigInt((2===r?"0b":8===r?"0o":"0x")+t)}function f(e,t,r,i,l,a){if(e.ld){let a=new s(t,r,i);return a.isValid()||n.x("invalid date",e,l),a}try{switch(a&&(t+=a),r){case 1:return Temporal.ZonedDateTime.from(t);case 2:return Temporal.PlainDateTime.from(t);case 3:return Temporal.PlainDate.from(t);case 4:return Temporal.PlainTime.from(t)}}catch(t){n.x(t instanceof Error?t.message:""+t,e,l)}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function h(e){for(;e.p<e.s.length;e.p++){let t=e.s.charCodeAt(e.p);if(10===t)break;if(13===t&&10===e.s.charCodeAt(e.p+1)){e.p++;break}(t<32&&9!==t||127===t)&&n.x("control characters are not allowed in comments",e)}}function A(e,t,r){let n;for(;e.p<e.s.length;){for(;e.p<e.s.length&&(32===(n=e.s.charCodeAt(e.p))||9===n||!t&&(10===n||13===n&&10===e.s.charCodeAt(e.p+1)));)e.p++;if(r||35!==n)break;h(e)}}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function m(e,t=61){let r,l,s=0,a=[],o=e.s.charCodeAt(r=e.p);do{if(o===t)return s||n.x("unexpected end of key",e),1===s&&a.push(e.s.slice(l,e.p)),e.p++,a;46===o?(s||n.x("illegal empty bare key",e),1===s&&a.push(e.s.slice(l,e.p)),s=0):s||34!==o&&39!==o?32===o||9===o?1===s&&(a.push(e.s.slice(l,e.p)),s=2):2===s||o<48&&45!==o||o>57&&o<65||o>90&&o<97&&95!==o||o>122?n.x("illegal character in key",e):s||(s=1,l=e.p):(o===e.s.charCodeAt(e.p+1)&&o===e.s.charCodeAt(e.p+2)&&n.x("illegal quoted key: multiline strings are not allowed",e),a.push(i(e)),s=2,e.p--)}while(o=e.s.charCodeAt(++e.p));n.x("incomplete key-value: cannot find end of key",e,r)}
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function C(e,t,r,n,i){let l,s,a=r,o=n,c=!1;for(let r=0;r<t.length;r++){if(r){if(a=c?a[l]:a[l]=Object.create(null),o=(s=o[l]).c,0===i&&(1===s.t||2===s.t))return null;if(2===s.t){let e=a.length-1;a=a[e],o=o[e].c}}if(l=t[r],(c=Object.hasOwn(a,l))&&0===o[l]?.t&&o[l]?.d)return null;if(!c){let n="__proto__"===l;if(e.uk&&(n||"constructor"===l))return!1;n&&(Object.defineProperty(a,l,{enumerable:!0,configurable:!0,writable:!0}),Object.defineProperty(o,l,{enumerable:!0,configurable:!0,writable:!0})),o[l]={t:r<t.length-1&&2===i?3:i,d:!1,i:0,c:Object.create(null)}}}if(s=o[l],s.t!==i&&(1!==i||3!==s.t))return null;if(2===i&&(s.d||(s.d=!0,a[l]=[]),a[l].push(a=Object.create(null)),s.c[s.i++]=s={t:1,d:!1,i:0,c:Object.create(null)}),s.d)return null;if(s.d=!0,1===i)a=c?a[l]:a[l]=Object.create(null);else if(0===i&&c)return null;return[l,a,s.c]}function g(e,t,r){null!==t&&2!==e.uk||n.x(null===t?"trying to redefine an already defined table or value":"document contains an unsafe property",e,r)}function x(e,t={}){let r,i={s:e,p:0,d:t.maxDepth??1e3,bi:t.integersAsBigInt??!1,ld:t.useLegacyDate??!0,uk:"throw"===t.unsafeKeyBehaviour?2:"drop"===t.unsafeKeyBehaviour?1:0},l=Object.create(null),s=Object.create(null),a=!1,o=l,p=s;for(65279===e.charCodeAt(0)&&i.p++,A(i);i.p<e.length;){if(91===e.charCodeAt(i.p)){let t=91===e.charCodeAt(++i.p);r=i.p+=+t,a=!1;let c=m(i,93);t&&(93!==e.charCodeAt(i.p)&&n.x("expected end of table array declaration",i),i.p++);let u=C(i,c,l,s,t?2:1);u?(p=u[2],o=u[1]):(g(i,u,r),a=!0)}else{r=i.p;let e=C(i,m(i),o,p,0);e||a||g(i,e,r),A(i,!0,!0);let t=c(i,void 0);e&&!a&&(e[1][e[0]]=t)}A(i,!0),i.p<e.length&&10!==(r=e.charCodeAt(i.p))&&(13!==r||10!==e.charCodeAt(i.p+1))&&n.x("each key-value declaration must be followed by an end-of-line",i),A(i)}return l}}};