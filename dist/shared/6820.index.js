export const id=6820;export const ids=[6820];export const modules={40094:(e,t)=>{
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
Object.defineProperty(t,"__esModule",{value:!0}),t.SortableNumbers=t.SortableStringables=t.SortableComparables=t.SortableSet=t.compareObjectsSymbol=void 0,t.compareObjectsSymbol=Symbol("internal compare function");class o extends Set{sorted(){return Array.from(this).sort(this[t.compareObjectsSymbol])}compare(e){const o=e.sorted(),r=this.sorted();if(r.length!==o.length)return r.length-o.length;for(let e=r.length-1;e>=0;--e){const i=this[t.compareObjectsSymbol](r[e],o[e]);if(0!==i)return i}return 0}}t.SortableSet=o;class r extends o{[t.compareObjectsSymbol](e,t){return e.constructor===t.constructor?e.compare(t):e.constructor.name.localeCompare(t.constructor.name)}}t.SortableComparables=r;class i extends o{[t.compareObjectsSymbol](e,t){return e.toString().localeCompare(t.toString())}}t.SortableStringables=i;class n extends o{[t.compareObjectsSymbol](e,t){return e-t}}t.SortableNumbers=n},47866:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.AttachmentEncoding=void 0,function(e){e.Base64="base64"}(o||(t.AttachmentEncoding=o={}))},91919:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.ComponentScope=void 0,function(e){e.Required="required",e.Optional="optional",e.Excluded="excluded"}(o||(t.ComponentScope=o={}))},79915:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.ComponentType=void 0,function(e){e.Application="application",e.Framework="framework",e.Library="library",e.Container="container",e.Platform="platform",e.OperatingSystem="operating-system",e.Device="device",e.DeviceDriver="device-driver",e.Firmware="firmware",e.File="file",e.MachineLearningModel="machine-learning-model",e.Data="data",e.CryptographicAsset="cryptographic-asset"}(o||(t.ComponentType=o={}))},86408:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.ExternalReferenceType=void 0,function(e){e.VCS="vcs",e.IssueTracker="issue-tracker",e.Website="website",e.Advisories="advisories",e.BOM="bom",e.MailingList="mailing-list",e.Social="social",e.Chat="chat",e.Documentation="documentation",e.Support="support",e.SourceDistribution="source-distribution",e.Distribution="distribution",e.DistributionIntake="distribution-intake",e.License="license",e.BuildMeta="build-meta",e.BuildSystem="build-system",e.ReleaseNotes="release-notes",e.SecurityContact="security-contact",e.ModelCard="model-card",e.Log="log",e.Configuration="configuration",e.Evidence="evidence",e.Formulation="formulation",e.Attestation="attestation",e.ThreatModel="threat-model",e.AdversaryModel="adversary-model",e.RiskAssessment="risk-assessment",e.VulnerabilityAssertion="vulnerability-assertion",e.ExploitabilityStatement="exploitability-statement",e.PentestReport="pentest-report",e.StaticAnalysisReport="static-analysis-report",e.DynamicAnalysisReport="dynamic-analysis-report",e.RuntimeAnalysisReport="runtime-analysis-report",e.ComponentAnalysisReport="component-analysis-report",e.MaturityReport="maturity-report",e.CertificationReport="certification-report",e.CodifiedInfrastructure="codified-infrastructure",e.QualityMetrics="quality-metrics",e.POAM="poam",e.ElectronicSignature="electronic-signature",e.DigitalSignature="digital-signature",e.RFC9116="rfc-9116",e.Citation="citation",e.Patent="patent",e.PatentAssertion="patent-assertion",e.PatentFamily="patent-family",e.Other="other"}(o||(t.ExternalReferenceType=o={}))},12310:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.HashAlgorithm=void 0,function(e){e.MD5="MD5",e["SHA-1"]="SHA-1",e["SHA-256"]="SHA-256",e["SHA-384"]="SHA-384",e["SHA-512"]="SHA-512",e["SHA3-256"]="SHA3-256",e["SHA3-384"]="SHA3-384",e["SHA3-512"]="SHA3-512",e["BLAKE2b-256"]="BLAKE2b-256",e["BLAKE2b-384"]="BLAKE2b-384",e["BLAKE2b-512"]="BLAKE2b-512",e.BLAKE3="BLAKE3",e["Streebog-256"]="Streebog-256",e["Streebog-512"]="Streebog-512"}(o||(t.HashAlgorithm=o={}))},6820:function(e,t,o){
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
var r,i=this&&this.__createBinding||(Object.create?function(e,t,o,r){void 0===r&&(r=o);var i=Object.getOwnPropertyDescriptor(t,o);i&&!("get"in i?!t.__esModule:i.writable||i.configurable)||(i={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,r,i)}:function(e,t,o,r){void 0===r&&(r=o),e[r]=t[o]}),n=this&&this.__setModuleDefault||(Object.create?function(e,t){Object.defineProperty(e,"default",{enumerable:!0,value:t})}:function(e,t){e.default=t}),a=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||i(t,e,o)},s=this&&this.__importStar||(r=function(e){return r=Object.getOwnPropertyNames||function(e){var t=[];for(var o in e)Object.prototype.hasOwnProperty.call(e,o)&&(t[t.length]=o);return t},r(e)},function(e){if(e&&e.__esModule)return e;var t={};if(null!=e)for(var o=r(e),a=0;a<o.length;a++)"default"!==o[a]&&i(t,e,o[a]);return n(t,e),t});Object.defineProperty(t,"__esModule",{value:!0}),t.Vulnerability=void 0,a(o(47866),t),a(o(91919),t),a(o(79915),t),a(o(86408),t),a(o(12310),t),a(o(66399),t),a(o(10209),t),t.Vulnerability=s(o(60845))},66399:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.LicenseAcknowledgement=void 0,function(e){e.Declared="declared",e.Concluded="concluded"}(o||(t.LicenseAcknowledgement=o={}))},10209:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.LifecyclePhase=void 0,function(e){e.Design="design",e.PreBuild="pre-build",e.Build="build",e.PostBuild="post-build",e.Operations="operations",e.Discovery="discovery",e.Decommission="decommission"}(o||(t.LifecyclePhase=o={}))},86586:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.AffectStatus=void 0,function(e){e.Affected="affected",e.Unaffected="unaffected",e.Unknown="unknown"}(o||(t.AffectStatus=o={}))},55177:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.AnalysisJustification=void 0,function(e){e.CodeNotPresent="code_not_present",e.CodeNotReachable="code_not_reachable",e.RequiresConfiguration="requires_configuration",e.RequiresDependency="requires_dependency",e.RequiresEnvironment="requires_environment",e.ProtectedByCompiler="protected_by_compiler",e.ProtectedAtRuntime="protected_at_runtime",e.ProtectedAtPerimeter="protected_at_perimeter",e.ProtectedByMitigatingControl="protected_by_mitigating_control"}(o||(t.AnalysisJustification=o={}))},26824:(e,t,o)=>{
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
Object.defineProperty(t,"__esModule",{value:!0}),t.AnalysisResponseRepository=t.AnalysisResponse=void 0;const r=o(40094);var i;!function(e){e.CanNotFix="can_not_fix",e.WillNotFix="will_not_fix",e.Update="update",e.Rollback="rollback",e.WorkaroundAvailable="workaround_available"}(i||(t.AnalysisResponse=i={}));class n extends r.SortableStringables{}t.AnalysisResponseRepository=n},92834:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.AnalysisState=void 0,function(e){e.Resolved="resolved",e.ResolvedWithPedigree="resolved_with_pedigree",e.Exploitable="exploitable",e.InTriage="in_triage",e.FalsePositive="false_positive",e.NotAffected="not_affected"}(o||(t.AnalysisState=o={}))},60845:function(e,t,o){
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
var r=this&&this.__createBinding||(Object.create?function(e,t,o,r){void 0===r&&(r=o);var i=Object.getOwnPropertyDescriptor(t,o);i&&!("get"in i?!t.__esModule:i.writable||i.configurable)||(i={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,r,i)}:function(e,t,o,r){void 0===r&&(r=o),e[r]=t[o]}),i=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||r(t,e,o)};Object.defineProperty(t,"__esModule",{value:!0}),i(o(86586),t),i(o(55177),t),i(o(26824),t),i(o(92834),t),i(o(21369),t),i(o(66650),t)},21369:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.RatingMethod=void 0,function(e){e.CVSSv2="CVSSv2",e.CVSSv3="CVSSv3",e.CVSSv31="CVSSv31",e.CVSSv4="CVSSv4",e.OWASP="OWASP",e.SSVC="SSVC",e.Other="other"}(o||(t.RatingMethod=o={}))},66650:(e,t)=>{var o;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.Severity=void 0,function(e){e.Critical="critical",e.High="high",e.Medium="medium",e.Low="low",e.Info="info",e.None="none",e.Unknown="unknown"}(o||(t.Severity=o={}))}};