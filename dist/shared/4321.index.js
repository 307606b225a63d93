export const id=4321;export const ids=[4321];export const modules={79915:(e,t)=>{var r;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.ComponentType=void 0,function(e){e.Application="application",e.Framework="framework",e.Library="library",e.Container="container",e.Platform="platform",e.OperatingSystem="operating-system",e.Device="device",e.DeviceDriver="device-driver",e.Firmware="firmware",e.File="file",e.MachineLearningModel="machine-learning-model",e.Data="data",e.CryptographicAsset="cryptographic-asset"}(r||(t.ComponentType=r={}))},86408:(e,t)=>{var r;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.ExternalReferenceType=void 0,function(e){e.VCS="vcs",e.IssueTracker="issue-tracker",e.Website="website",e.Advisories="advisories",e.BOM="bom",e.MailingList="mailing-list",e.Social="social",e.Chat="chat",e.Documentation="documentation",e.Support="support",e.SourceDistribution="source-distribution",e.Distribution="distribution",e.DistributionIntake="distribution-intake",e.License="license",e.BuildMeta="build-meta",e.BuildSystem="build-system",e.ReleaseNotes="release-notes",e.SecurityContact="security-contact",e.ModelCard="model-card",e.Log="log",e.Configuration="configuration",e.Evidence="evidence",e.Formulation="formulation",e.Attestation="attestation",e.ThreatModel="threat-model",e.AdversaryModel="adversary-model",e.RiskAssessment="risk-assessment",e.VulnerabilityAssertion="vulnerability-assertion",e.ExploitabilityStatement="exploitability-statement",e.PentestReport="pentest-report",e.StaticAnalysisReport="static-analysis-report",e.DynamicAnalysisReport="dynamic-analysis-report",e.RuntimeAnalysisReport="runtime-analysis-report",e.ComponentAnalysisReport="component-analysis-report",e.MaturityReport="maturity-report",e.CertificationReport="certification-report",e.CodifiedInfrastructure="codified-infrastructure",e.QualityMetrics="quality-metrics",e.POAM="poam",e.ElectronicSignature="electronic-signature",e.DigitalSignature="digital-signature",e.RFC9116="rfc-9116",e.Citation="citation",e.Patent="patent",e.PatentAssertion="patent-assertion",e.PatentFamily="patent-family",e.Other="other"}(r||(t.ExternalReferenceType=r={}))},12310:(e,t)=>{var r;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.HashAlgorithm=void 0,function(e){e.MD5="MD5",e["SHA-1"]="SHA-1",e["SHA-256"]="SHA-256",e["SHA-384"]="SHA-384",e["SHA-512"]="SHA-512",e["SHA3-256"]="SHA3-256",e["SHA3-384"]="SHA3-384",e["SHA3-512"]="SHA3-512",e["BLAKE2b-256"]="BLAKE2b-256",e["BLAKE2b-384"]="BLAKE2b-384",e["BLAKE2b-512"]="BLAKE2b-512",e.BLAKE3="BLAKE3",e["Streebog-256"]="Streebog-256",e["Streebog-512"]="Streebog-512"}(r||(t.HashAlgorithm=r={}))},21369:(e,t)=>{var r;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.RatingMethod=void 0,function(e){e.CVSSv2="CVSSv2",e.CVSSv3="CVSSv3",e.CVSSv31="CVSSv31",e.CVSSv4="CVSSv4",e.OWASP="OWASP",e.SSVC="SSVC",e.Other="other"}(r||(t.RatingMethod=r={}))},41088:(e,t,r)=>{
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
Object.defineProperty(t,"__esModule",{value:!0}),t._Spec=void 0;const n=r(50320);t._Spec=class{#e;#t;#r;#n;#o;#a;#i;#p;#s;#l;#c;#y;#h;#f;#m;#T;#R;#A;#u;#E;#S;constructor(e,t,r,n,o,a,i,p,s,l,c,y,h,f,m,T,R,A,u,E,S){this.#e=e,this.#t=new Set(t),this.#r=new Set(r),this.#n=new Set(n),this.#o=o,this.#a=new Set(a),this.#p=i,this.#s=p,this.#l=s,this.#c=l,this.#y=c,this.#i=new Set(y),this.#h=h,this.#f=f,this.#m=m,this.#T=T,this.#R=R,this.#A=A,this.#u=u,this.#E=E,this.#S=S}get version(){return this.#e}supportsFormat(e){return this.#t.has(e)}supportsComponentType(e){return this.#r.has(e)}supportsHashAlgorithm(e){return this.#n.has(e)}supportsHashValue(e){return"string"==typeof e&&this.#o.test(e)}supportsExternalReferenceType(e){return this.#a.has(e)}get supportsDependencyGraph(){return this.#p}get supportsToolReferences(){return this.#s}get requiresComponentVersion(){return this.#l}supportsProperties(e){return!0==(e instanceof n.NamedLicense||e instanceof n.SpdxLicense)?this.#S:this.#c}get supportsVulnerabilities(){return this.#y}supportsVulnerabilityRatingMethod(e){return this.#i.has(e)}get supportsComponentEvidence(){return this.#h}get supportsMetadataLifecycles(){return this.#f}get supportsMetadataLicenses(){return this.#m}get supportsMetadataProperties(){return this.#T}get supportsExternalReferenceHashes(){return this.#R}get supportsLicenseAcknowledgement(){return this.#A}get supportsServices(){return this.#u}get supportsToolsComponentsServices(){return this.#E}}},64641:(e,t,r)=>{
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
Object.defineProperty(t,"__esModule",{value:!0}),t.SpecVersionDict=t.Spec1dot7=t.Spec1dot6=t.Spec1dot5=t.Spec1dot4=t.Spec1dot3=t.Spec1dot2=void 0;const n=r(79915),o=r(86408),a=r(12310),i=r(21369),p=r(41088),s=r(33671);t.Spec1dot2=Object.freeze(new p._Spec(s.Version.v1dot2,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.Firmware,n.ComponentType.File],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.Other],!0,!1,!0,!1,!1,[],!1,!1,!1,!1,!1,!1,!0,!1,!1)),t.Spec1dot3=Object.freeze(new p._Spec(s.Version.v1dot3,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.Firmware,n.ComponentType.File],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.Other],!0,!1,!0,!0,!1,[],!0,!1,!0,!0,!0,!1,!0,!1,!1)),t.Spec1dot4=Object.freeze(new p._Spec(s.Version.v1dot4,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.Firmware,n.ComponentType.File],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.ReleaseNotes,o.ExternalReferenceType.Other],!0,!0,!1,!0,!0,[i.RatingMethod.CVSSv2,i.RatingMethod.CVSSv3,i.RatingMethod.CVSSv31,i.RatingMethod.OWASP,i.RatingMethod.Other],!0,!1,!0,!0,!0,!1,!0,!1,!1)),t.Spec1dot5=Object.freeze(new p._Spec(s.Version.v1dot5,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.Platform,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.DeviceDriver,n.ComponentType.Firmware,n.ComponentType.File,n.ComponentType.MachineLearningModel,n.ComponentType.Data],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.DistributionIntake,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.ReleaseNotes,o.ExternalReferenceType.SecurityContact,o.ExternalReferenceType.ModelCard,o.ExternalReferenceType.Log,o.ExternalReferenceType.Configuration,o.ExternalReferenceType.Evidence,o.ExternalReferenceType.Formulation,o.ExternalReferenceType.Attestation,o.ExternalReferenceType.ThreatModel,o.ExternalReferenceType.AdversaryModel,o.ExternalReferenceType.RiskAssessment,o.ExternalReferenceType.VulnerabilityAssertion,o.ExternalReferenceType.ExploitabilityStatement,o.ExternalReferenceType.PentestReport,o.ExternalReferenceType.StaticAnalysisReport,o.ExternalReferenceType.DynamicAnalysisReport,o.ExternalReferenceType.RuntimeAnalysisReport,o.ExternalReferenceType.ComponentAnalysisReport,o.ExternalReferenceType.MaturityReport,o.ExternalReferenceType.CertificationReport,o.ExternalReferenceType.CodifiedInfrastructure,o.ExternalReferenceType.QualityMetrics,o.ExternalReferenceType.POAM,o.ExternalReferenceType.Other],!0,!0,!1,!0,!0,[i.RatingMethod.CVSSv2,i.RatingMethod.CVSSv3,i.RatingMethod.CVSSv31,i.RatingMethod.CVSSv4,i.RatingMethod.OWASP,i.RatingMethod.SSVC,i.RatingMethod.Other],!0,!0,!0,!0,!0,!1,!0,!0,!0)),t.Spec1dot6=Object.freeze(new p._Spec(s.Version.v1dot6,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.Platform,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.DeviceDriver,n.ComponentType.Firmware,n.ComponentType.File,n.ComponentType.MachineLearningModel,n.ComponentType.Data,n.ComponentType.CryptographicAsset],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.SourceDistribution,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.DistributionIntake,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.ReleaseNotes,o.ExternalReferenceType.SecurityContact,o.ExternalReferenceType.ModelCard,o.ExternalReferenceType.Log,o.ExternalReferenceType.Configuration,o.ExternalReferenceType.Evidence,o.ExternalReferenceType.Formulation,o.ExternalReferenceType.Attestation,o.ExternalReferenceType.ThreatModel,o.ExternalReferenceType.AdversaryModel,o.ExternalReferenceType.RiskAssessment,o.ExternalReferenceType.VulnerabilityAssertion,o.ExternalReferenceType.ExploitabilityStatement,o.ExternalReferenceType.PentestReport,o.ExternalReferenceType.StaticAnalysisReport,o.ExternalReferenceType.DynamicAnalysisReport,o.ExternalReferenceType.RuntimeAnalysisReport,o.ExternalReferenceType.ComponentAnalysisReport,o.ExternalReferenceType.MaturityReport,o.ExternalReferenceType.CertificationReport,o.ExternalReferenceType.CodifiedInfrastructure,o.ExternalReferenceType.QualityMetrics,o.ExternalReferenceType.POAM,o.ExternalReferenceType.ElectronicSignature,o.ExternalReferenceType.DigitalSignature,o.ExternalReferenceType.RFC9116,o.ExternalReferenceType.Other],!0,!0,!1,!0,!0,[i.RatingMethod.CVSSv2,i.RatingMethod.CVSSv3,i.RatingMethod.CVSSv31,i.RatingMethod.CVSSv4,i.RatingMethod.OWASP,i.RatingMethod.SSVC,i.RatingMethod.Other],!0,!0,!0,!0,!0,!0,!0,!0,!0)),t.Spec1dot7=Object.freeze(new p._Spec(s.Version.v1dot7,[s.Format.XML,s.Format.JSON],[n.ComponentType.Application,n.ComponentType.Framework,n.ComponentType.Library,n.ComponentType.Container,n.ComponentType.Platform,n.ComponentType.OperatingSystem,n.ComponentType.Device,n.ComponentType.DeviceDriver,n.ComponentType.Firmware,n.ComponentType.File,n.ComponentType.MachineLearningModel,n.ComponentType.Data,n.ComponentType.CryptographicAsset],[a.HashAlgorithm.MD5,a.HashAlgorithm["SHA-1"],a.HashAlgorithm["SHA-256"],a.HashAlgorithm["SHA-384"],a.HashAlgorithm["SHA-512"],a.HashAlgorithm["SHA3-256"],a.HashAlgorithm["SHA3-384"],a.HashAlgorithm["SHA3-512"],a.HashAlgorithm["BLAKE2b-256"],a.HashAlgorithm["BLAKE2b-384"],a.HashAlgorithm["BLAKE2b-512"],a.HashAlgorithm.BLAKE3,a.HashAlgorithm["Streebog-256"],a.HashAlgorithm["Streebog-512"]],/^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/,[o.ExternalReferenceType.VCS,o.ExternalReferenceType.IssueTracker,o.ExternalReferenceType.Website,o.ExternalReferenceType.Advisories,o.ExternalReferenceType.BOM,o.ExternalReferenceType.MailingList,o.ExternalReferenceType.Social,o.ExternalReferenceType.Chat,o.ExternalReferenceType.Documentation,o.ExternalReferenceType.Support,o.ExternalReferenceType.SourceDistribution,o.ExternalReferenceType.Distribution,o.ExternalReferenceType.DistributionIntake,o.ExternalReferenceType.License,o.ExternalReferenceType.BuildMeta,o.ExternalReferenceType.BuildSystem,o.ExternalReferenceType.ReleaseNotes,o.ExternalReferenceType.SecurityContact,o.ExternalReferenceType.ModelCard,o.ExternalReferenceType.Log,o.ExternalReferenceType.Configuration,o.ExternalReferenceType.Evidence,o.ExternalReferenceType.Formulation,o.ExternalReferenceType.Attestation,o.ExternalReferenceType.ThreatModel,o.ExternalReferenceType.AdversaryModel,o.ExternalReferenceType.RiskAssessment,o.ExternalReferenceType.VulnerabilityAssertion,o.ExternalReferenceType.ExploitabilityStatement,o.ExternalReferenceType.PentestReport,o.ExternalReferenceType.StaticAnalysisReport,o.ExternalReferenceType.DynamicAnalysisReport,o.ExternalReferenceType.RuntimeAnalysisReport,o.ExternalReferenceType.ComponentAnalysisReport,o.ExternalReferenceType.MaturityReport,o.ExternalReferenceType.CertificationReport,o.ExternalReferenceType.CodifiedInfrastructure,o.ExternalReferenceType.QualityMetrics,o.ExternalReferenceType.POAM,o.ExternalReferenceType.ElectronicSignature,o.ExternalReferenceType.DigitalSignature,o.ExternalReferenceType.RFC9116,o.ExternalReferenceType.Citation,o.ExternalReferenceType.Patent,o.ExternalReferenceType.PatentAssertion,o.ExternalReferenceType.PatentFamily,o.ExternalReferenceType.RFC9116,o.ExternalReferenceType.Other],!0,!0,!1,!0,!0,[i.RatingMethod.CVSSv2,i.RatingMethod.CVSSv3,i.RatingMethod.CVSSv31,i.RatingMethod.CVSSv4,i.RatingMethod.OWASP,i.RatingMethod.SSVC,i.RatingMethod.Other],!0,!0,!0,!0,!0,!0,!0,!0,!0)),t.SpecVersionDict=Object.freeze({[s.Version.v1dot7]:t.Spec1dot7,[s.Version.v1dot6]:t.Spec1dot6,[s.Version.v1dot5]:t.Spec1dot5,[s.Version.v1dot4]:t.Spec1dot4,[s.Version.v1dot3]:t.Spec1dot3,[s.Version.v1dot2]:t.Spec1dot2})},33671:(e,t)=>{var r,n;
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
Object.defineProperty(t,"__esModule",{value:!0}),t.Format=t.Version=void 0,function(e){e.v1dot7="1.7",e.v1dot6="1.6",e.v1dot5="1.5",e.v1dot4="1.4",e.v1dot3="1.3",e.v1dot2="1.2",e.v1dot1="1.1",e.v1dot0="1.0"}(r||(t.Version=r={})),function(e){e.XML="xml",e.JSON="json"}(n||(t.Format=n={}))},36134:(e,t)=>{
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
Object.defineProperty(t,"__esModule",{value:!0}),t.UnsupportedFormatError=void 0;class r extends Error{}t.UnsupportedFormatError=r},94321:function(e,t,r){
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
var n=this&&this.__createBinding||(Object.create?function(e,t,r,n){void 0===n&&(n=r);var o=Object.getOwnPropertyDescriptor(t,r);o&&!("get"in o?!t.__esModule:o.writable||o.configurable)||(o={enumerable:!0,get:function(){return t[r]}}),Object.defineProperty(e,n,o)}:function(e,t,r,n){void 0===n&&(n=r),e[n]=t[r]}),o=this&&this.__exportStar||function(e,t){for(var r in e)"default"===r||Object.prototype.hasOwnProperty.call(t,r)||n(t,e,r)};Object.defineProperty(t,"__esModule",{value:!0}),o(r(64641),t),o(r(33671),t),o(r(36134),t)}};