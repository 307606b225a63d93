export const id=320;export const ids=[320];export const modules={40094:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.SortableNumbers=t.SortableStringables=t.SortableComparables=t.SortableSet=t.compareObjectsSymbol=void 0,t.compareObjectsSymbol=Symbol("internal compare function");class o extends Set{sorted(){return Array.from(this).sort(this[t.compareObjectsSymbol])}compare(e){const o=e.sorted(),s=this.sorted();if(s.length!==o.length)return s.length-o.length;for(let e=s.length-1;e>=0;--e){const r=this[t.compareObjectsSymbol](s[e],o[e]);if(0!==r)return r}return 0}}t.SortableSet=o;class s extends o{[t.compareObjectsSymbol](e,t){return e.constructor===t.constructor?e.compare(t):e.constructor.name.localeCompare(t.constructor.name)}}t.SortableComparables=s;class r extends o{[t.compareObjectsSymbol](e,t){return e.toString().localeCompare(t.toString())}}t.SortableStringables=r;class i extends o{[t.compareObjectsSymbol](e,t){return e-t}}t.SortableNumbers=i},66698:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.treeIteratorSymbol=void 0,t.treeIteratorSymbol=Symbol("iterator of a tree/nesting-like structure")},26824:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.AnalysisResponseRepository=t.AnalysisResponse=void 0;const s=o(40094);var r;!function(e){e.CanNotFix="can_not_fix",e.WillNotFix="will_not_fix",e.Update="update",e.Rollback="rollback",e.WorkaroundAvailable="workaround_available"}(r||(t.AnalysisResponse=r={}));class i extends s.SortableStringables{}t.AnalysisResponseRepository=i},63159:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Attachment=void 0;t.Attachment=class{contentType;content;encoding;constructor(e,t={}){this.contentType=t.contentType,this.content=e,this.encoding=t.encoding}}},2266:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Bom=void 0;const s=o(36181),r=o(5663),i=o(81015),n=o(63547),a=o(17191);t.Bom=class{metadata;components;services;vulnerabilities;#e=1;#t;constructor(e={}){this.metadata=e.metadata??new i.Metadata,this.components=e.components??new r.ComponentRepository,this.services=e.services??new n.ServiceRepository,this.version=e.version??this.version,this.vulnerabilities=e.vulnerabilities??new a.VulnerabilityRepository,this.serialNumber=e.serialNumber}get version(){return this.#e}set version(e){if(!(0,s.isPositiveInteger)(e))throw new TypeError("Not PositiveInteger");this.#e=e}get serialNumber(){return this.#t}set serialNumber(e){this.#t=""===e?void 0:e}}},47286:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.BomLinkElement=t.BomLinkDocument=void 0;class o{#o;constructor(e){this.value=e}get value(){return this.#o}set value(e){if(!this._isValid(e))throw new RangeError("invalid value");this.#o=e}compare(e){return this.toString().localeCompare(e.toString())}toString(){return this.value}}class s extends o{static#s=/^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;static isValid(e){return"string"==typeof e&&this.#s.test(e)}_isValid(e){return s.isValid(e)}}t.BomLinkDocument=s;class r extends o{static#s=/^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;static isValid(e){return"string"==typeof e&&this.#s.test(e)}_isValid(e){return r.isValid(e)}}t.BomLinkElement=r},97385:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.BomRefRepository=t.BomRef=void 0;t.BomRef=class{value;constructor(e){this.value=e}compare(e){return this.toString().localeCompare(e.toString())}toString(){return this.value??""}};class o extends Set{}t.BomRefRepository=o},5663:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.ComponentEvidence=t.ComponentRepository=t.Component=void 0;const s=o(40094),r=o(66698),i=o(51013),n=o(97385),a=o(16985),c=o(91916),l=o(24810),p=o(27027),u=o(44799);t.Component=class{type;name;author;copyright;description;externalReferences;group;hashes;licenses;publisher;purl;scope;supplier;swid;version;components;properties;evidence;#r;#i;dependencies;constructor(e,t,o={}){this.#r=new n.BomRef(o.bomRef),this.type=e,this.name=t,this.supplier=o.supplier,this.author=o.author,this.copyright=o.copyright,this.externalReferences=o.externalReferences??new c.ExternalReferenceRepository,this.group=o.group,this.hashes=o.hashes??new l.HashDictionary,this.licenses=o.licenses??new p.LicenseRepository,this.publisher=o.publisher,this.purl=o.purl,this.scope=o.scope,this.swid=o.swid,this.version=o.version,this.description=o.description,this.components=o.components??new m,this.cpe=o.cpe,this.properties=o.properties??new u.PropertyRepository,this.evidence=o.evidence,this.dependencies=o.dependencies??new n.BomRefRepository}get bomRef(){return this.#r}get cpe(){return this.#i}set cpe(e){if(void 0!==e&&!(0,i.isCPE)(e))throw new TypeError("Not CPE nor undefined");this.#i=e}compare(e){const t=this.bomRef.compare(e.bomRef);return 0!==t?t:void 0!==this.purl&&void 0!==e.purl?this.purl.localeCompare(e.purl):void 0!==this.#i&&void 0!==e.#i?this.#i.localeCompare(e.#i):(this.group??"").localeCompare(e.group??"")||this.name.localeCompare(e.name)||(this.version??"").localeCompare(e.version??"")}};class m extends s.SortableComparables{*[r.treeIteratorSymbol](){for(const e of this)yield e,yield*e.components[r.treeIteratorSymbol]()}}t.ComponentRepository=m;t.ComponentEvidence=class{licenses;copyright;constructor(e={}){this.licenses=e.licenses??new p.LicenseRepository,this.copyright=e.copyright??new a.CopyrightRepository}}},16985:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.CopyrightRepository=void 0;const s=o(40094);class r extends s.SortableStringables{}t.CopyrightRepository=r},91916:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.ExternalReferenceRepository=t.ExternalReference=void 0;const s=o(40094),r=o(24810);t.ExternalReference=class{url;type;hashes;comment;constructor(e,t,o={}){this.url=e,this.type=t,this.hashes=o.hashes??new r.HashDictionary,this.comment=o.comment}compare(e){return this.type.localeCompare(e.type)||this.url.toString().localeCompare(e.url.toString())}};class i extends s.SortableComparables{}t.ExternalReferenceRepository=i},24810:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.HashDictionary=void 0;class o extends Map{static#n([e,t],[o,s]){return e.localeCompare(o)||t.localeCompare(s)}sorted(){return Array.from(this.entries()).sort(o.#n)}}t.HashDictionary=o},50320:function(e,t,o){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var s,r=this&&this.__createBinding||(Object.create?function(e,t,o,s){void 0===s&&(s=o);var r=Object.getOwnPropertyDescriptor(t,o);r&&!("get"in r?!t.__esModule:r.writable||r.configurable)||(r={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,s,r)}:function(e,t,o,s){void 0===s&&(s=o),e[s]=t[o]}),i=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:!0,value:t})}:function(e,t){e.default=t}),n=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||r(t,e,o)},a=this&&this.__importStar||(s=function(e){return s=Object.getOwnPropertyNames||function(e){var t=[];for(var o in e)Object.prototype.hasOwnProperty.call(e,o)&&(t[t.length]=o);return t},s(e)},function(e){if(e&&e.__esModule)return e;var t={};if(null!=e)for(var o=s(e),n=0;n<o.length;n++)"default"!==o[n]&&r(t,e,o[n]);return i(t,e),t});Object.defineProperty(t,"__esModule",{value:!0}),t.Vulnerability=void 0,n(o(63159),t),n(o(2266),t),n(o(47286),t),n(o(97385),t),n(o(5663),t),n(o(16985),t),n(o(91916),t),n(o(24810),t),n(o(27027),t),n(o(604),t),n(o(81015),t),n(o(50330),t),n(o(39047),t),n(o(44799),t),n(o(63547),t),n(o(74501),t),n(o(28468),t),t.Vulnerability=a(o(46105))},27027:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.LicenseRepository=t.SpdxLicense=t.NamedLicense=t.LicenseExpression=void 0;const s=o(44799);t.LicenseExpression=class{#a;acknowledgement;constructor(e){this.expression=e}get expression(){return this.#a}set expression(e){if(""===e)throw new RangeError("value is empty string");this.#a=e}compare(e){return this.#a.localeCompare(e.#a)}};class r{acknowledgement;text;#c;properties;constructor(e={}){this.acknowledgement=e.acknowledgement,this.text=e.text,this.url=e.url,this.properties=e.properties??new s.PropertyRepository}get url(){return this.#c}set url(e){this.#c=""===e?void 0:e}}t.NamedLicense=class extends r{name;constructor(e,t={}){super(t),this.name=e}compare(e){return this.name.localeCompare(e.name)}};t.SpdxLicense=class extends r{#l;constructor(e,t={}){super(t),this.id=e}get id(){return this.#l}set id(e){if(""===e)throw new RangeError("value is empty string");this.#l=e}compare(e){return this.#l.localeCompare(e.#l)}};class i extends Set{static#n(e,t){return e.constructor===t.constructor?e.compare(t):e.constructor.name.localeCompare(t.constructor.name)}sorted(){return Array.from(this).sort(i.#n)}}t.LicenseRepository=i},604:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.LifecycleRepository=t.NamedLifecycle=void 0;class o{name;description;constructor(e,t={}){this.name=e,this.description=t.description}compare(e){return this.name.localeCompare(e.name)}}t.NamedLifecycle=o;class s extends Set{static#n(e,t){return e.constructor===t.constructor?e instanceof o?e.compare(t):e.localeCompare(t):e.constructor.name.localeCompare(t.constructor.name)}sorted(){return Array.from(this).sort(s.#n)}}t.LifecycleRepository=s},81015:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Metadata=void 0;const s=o(27027),r=o(604),i=o(50330),n=o(44799),a=o(28468);t.Metadata=class{timestamp;lifecycles;tools;authors;component;manufacture;supplier;licenses;properties;constructor(e={}){this.timestamp=e.timestamp,this.lifecycles=e.lifecycles??new r.LifecycleRepository,this.tools=e.tools??new a.Tools,this.authors=e.authors??new i.OrganizationalContactRepository,this.component=e.component,this.manufacture=e.manufacture,this.supplier=e.supplier,this.licenses=e.licenses??new s.LicenseRepository,this.properties=e.properties??new n.PropertyRepository}}},50330:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.OrganizationalContactRepository=t.OrganizationalContact=void 0;const s=o(40094);t.OrganizationalContact=class{name;email;phone;constructor(e={}){this.name=e.name,this.email=e.email,this.phone=e.phone}compare(e){return(this.name??"").localeCompare(e.name??"")||(this.email??"").localeCompare(e.email??"")||(this.phone??"").localeCompare(e.phone??"")}};class r extends s.SortableComparables{}t.OrganizationalContactRepository=r},39047:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.OrganizationalEntityRepository=t.OrganizationalEntity=void 0;const s=o(40094),r=o(50330);t.OrganizationalEntity=class{name;url;contact;constructor(e={}){this.name=e.name,this.url=e.url??new Set,this.contact=e.contact??new r.OrganizationalContactRepository}compare(e){return(this.name??"").localeCompare(e.name??"")||this.contact.compare(e.contact)||new s.SortableStringables(this.url).compare(new s.SortableStringables(e.url))}};class i extends s.SortableComparables{}t.OrganizationalEntityRepository=i},44799:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.PropertyRepository=t.Property=void 0;const s=o(40094);t.Property=class{name;value;constructor(e,t){this.name=e,this.value=t}compare(e){return this.name.localeCompare(e.name)||this.value.localeCompare(e.value)}};class r extends s.SortableComparables{}t.PropertyRepository=r},63547:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.ServiceRepository=t.Service=void 0;const s=o(40094),r=o(66698),i=o(97385),n=o(91916),a=o(27027),c=o(44799);t.Service=class{provider;group;name;version;description;licenses;externalReferences;services;properties;#r;dependencies;constructor(e,t={}){this.#r=new i.BomRef(t.bomRef),this.provider=t.provider,this.group=t.group,this.name=e,this.version=t.version,this.description=t.description,this.licenses=t.licenses??new a.LicenseRepository,this.externalReferences=t.externalReferences??new n.ExternalReferenceRepository,this.services=t.services??new l,this.properties=t.properties??new c.PropertyRepository,this.dependencies=t.dependencies??new i.BomRefRepository}get bomRef(){return this.#r}compare(e){const t=this.bomRef.compare(e.bomRef);return 0!==t?t:(this.group??"").localeCompare(e.group??"")||this.name.localeCompare(e.name)||(this.version??"").localeCompare(e.version??"")}};class l extends s.SortableComparables{*[r.treeIteratorSymbol](){for(const e of this)yield e,yield*e.services[r.treeIteratorSymbol]()}}t.ServiceRepository=l},74501:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.SWID=void 0;const s=o(36181);t.SWID=class{tagId;name;version;patch;text;url;#p;constructor(e,t,o={}){this.tagId=e,this.name=t,this.version=o.version,this.patch=o.patch,this.text=o.text,this.url=o.url,this.tagVersion=o.tagVersion}get tagVersion(){return this.#p}set tagVersion(e){if(void 0!==e&&!(0,s.isNonNegativeInteger)(e))throw new TypeError("Not NonNegativeInteger nor undefined");this.#p=e}}},28468:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Tools=t.ToolRepository=t.Tool=void 0;const s=o(40094),r=o(5663),i=o(91916),n=o(24810),a=o(63547);class c{vendor;name;version;hashes;externalReferences;constructor(e={}){this.vendor=e.vendor,this.name=e.name,this.version=e.version,this.hashes=e.hashes??new n.HashDictionary,this.externalReferences=e.externalReferences??new i.ExternalReferenceRepository}compare(e){return(this.vendor??"").localeCompare(e.vendor??"")||(this.name??"").localeCompare(e.name??"")||(this.version??"").localeCompare(e.version??"")}static fromComponent(e){return new c({vendor:e.group,name:e.name,version:e.version,hashes:e.hashes,externalReferences:e.externalReferences})}static fromService(e){return new c({vendor:e.group,name:e.name,version:e.version,externalReferences:e.externalReferences})}}t.Tool=c;class l extends s.SortableComparables{}t.ToolRepository=l;t.Tools=class{components;services;tools;constructor(e={}){this.components=e.components??new r.ComponentRepository,this.services=e.services??new a.ServiceRepository,this.tools=e.tools??new l}get size(){return this.components.size+this.services.size+this.tools.size}}},4102:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.AdvisoryRepository=t.Advisory=void 0;const s=o(40094);t.Advisory=class{title;url;constructor(e,t={}){this.url=e,this.title=t.title}compare(e){return this.url.toString().localeCompare(e.url.toString())||(this.title??"").localeCompare(e.title??"")}};class r extends s.SortableComparables{}t.AdvisoryRepository=r},78616:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.AffectedVersionRepository=t.AffectedVersionRange=t.AffectedSingleVersion=t.AffectRepository=t.Affect=void 0;const s=o(40094);t.Affect=class{ref;versions;constructor(e,t={}){this.ref=e,this.versions=t.versions??new i}compare(e){return this.ref.compare(e.ref)||this.versions.compare(e.versions)}};class r extends s.SortableComparables{}t.AffectRepository=r;t.AffectedSingleVersion=class{version;status;constructor(e,t={}){this.version=e,this.status=t.status}compare(e){return this.version.localeCompare(e.version)||(this.status??"").localeCompare(e.status??"")}};t.AffectedVersionRange=class{range;status;constructor(e,t={}){this.range=e,this.status=t.status}compare(e){return this.range.localeCompare(e.range)||(this.status??"").localeCompare(e.status??"")}};class i extends s.SortableComparables{}t.AffectedVersionRepository=i},80631:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Analysis=void 0;const s=o(26824);t.Analysis=class{state;justification;response;detail;constructor(e={}){this.state=e.state,this.justification=e.justification,this.response=e.response??new s.AnalysisResponseRepository,this.detail=e.detail}}},93747:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Credits=void 0;const s=o(50330),r=o(39047);t.Credits=class{organizations;individuals;constructor(e={}){this.organizations=e.organizations??new r.OrganizationalEntityRepository,this.individuals=e.individuals??new s.OrganizationalContactRepository}}},46105:function(e,t,o){
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
var s=this&&this.__createBinding||(Object.create?function(e,t,o,s){void 0===s&&(s=o);var r=Object.getOwnPropertyDescriptor(t,o);r&&!("get"in r?!t.__esModule:r.writable||r.configurable)||(r={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,s,r)}:function(e,t,o,s){void 0===s&&(s=o),e[s]=t[o]}),r=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||s(t,e,o)};Object.defineProperty(t,"__esModule",{value:!0}),r(o(4102),t),r(o(78616),t),r(o(80631),t),r(o(93747),t),r(o(51264),t),r(o(73204),t),r(o(78284),t),r(o(17191),t)},51264:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.RatingRepository=t.Rating=void 0;const s=o(40094);t.Rating=class{source;score;severity;method;vector;justification;constructor(e={}){this.source=e.source,this.score=e.score,this.severity=e.severity,this.method=e.method,this.vector=e.vector,this.justification=e.justification}compare(e){return(this.score??0)-(e.score??0)||(this.vector??"").localeCompare(e.vector??"")||(this.justification??"").localeCompare(e.justification??"")||(this.severity??"").localeCompare(e.severity??"")||(this.method??"").localeCompare(e.method??"")||(this.source&&e.source?this.source.compare(e.source):0)}};class r extends s.SortableComparables{}t.RatingRepository=r},73204:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.ReferenceRepository=t.Reference=void 0;const s=o(40094);t.Reference=class{id;source;constructor(e,t){this.id=e,this.source=t}compare(e){return this.id.localeCompare(e.id)||this.source.compare(e.source)}};class r extends s.SortableComparables{}t.ReferenceRepository=r},78284:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.Source=void 0;t.Source=class{name;url;constructor(e={}){this.name=e.name,this.url=e.url}compare(e){return(this.url?.toString()??"").localeCompare(e.url?.toString()??"")||(this.name??"").localeCompare(e.name??"")}}},17191:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.VulnerabilityRepository=t.Vulnerability=void 0;const s=o(40094),r=o(43198),i=o(97385),n=o(44799),a=o(28468),c=o(4102),l=o(78616),p=o(51264),u=o(73204);t.Vulnerability=class{#r;id;source;references;ratings;cwes;description;detail;recommendation;advisories;created;published;updated;credits;tools;analysis;affects;properties;constructor(e={}){this.#r=new i.BomRef(e.bomRef),this.id=e.id,this.source=e.source,this.references=e.references??new u.ReferenceRepository,this.ratings=e.ratings??new p.RatingRepository,this.cwes=e.cwes??new r.CweRepository,this.description=e.description,this.detail=e.detail,this.recommendation=e.recommendation,this.advisories=e.advisories??new c.AdvisoryRepository,this.created=e.created,this.published=e.published,this.updated=e.updated,this.credits=e.credits,this.tools=e.tools??new a.Tools,this.analysis=e.analysis,this.affects=e.affects??new l.AffectRepository,this.properties=e.properties??new n.PropertyRepository}get bomRef(){return this.#r}compare(e){const t=this.bomRef.compare(e.bomRef);return 0!==t?t:(this.id??"").localeCompare(e.id??"")||(this.created?.getTime()??0)-(e.created?.getTime()??0)||(this.published?.getTime()??0)-(e.published?.getTime()??0)||(this.updated?.getTime()??0)-(e.updated?.getTime()??0)||this.ratings.compare(e.ratings)||this.cwes.compare(e.cwes)||(this.description??"").localeCompare(e.description??"")||(this.detail??"").localeCompare(e.detail??"")||(this.recommendation??"").localeCompare(e.recommendation??"")||(this.source&&e.source?this.source.compare(e.source):0)||this.properties.compare(e.properties)}};class m extends s.SortableComparables{}t.VulnerabilityRepository=m},51013:(e,t)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.isCPE=function(e){return"string"==typeof e&&o.test(e)};const o=/^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/},43198:(e,t,o)=>{
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.CweRepository=void 0,t.isCWE=function(e){return(0,r.isPositiveInteger)(e)};const s=o(40094),r=o(36181);class i extends s.SortableNumbers{}t.CweRepository=i},36181:(e,t)=>{function o(e){return Number.isInteger(e)}
/*!
This file is part of CycloneDX JavaScript Library.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

   http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.

SPDX-License-Identifier: Apache-2.0
Copyright (c) OWASP Foundation. All Rights Reserved.
*/
Object.defineProperty(t,"__esModule",{value:!0}),t.isInteger=o,t.isNonNegativeInteger=function(e){return o(e)&&e>=0},t.isPositiveInteger=function(e){return o(e)&&e>0}}};