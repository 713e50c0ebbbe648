// End-of-life base images: a bundled, dated table (offline). A release is listed
// once its upstream support (security fixes) has ended; Debian counts its LTS
// period, Ubuntu its standard support. Dates after mid-2025 follow the projects'
// published schedules (Go: a release is supported until the second newer one ships).
import { parseImageRef } from './images';

export const EOL_AS_OF = '2026-12-02';

export interface EolVerdict { product: string; eol: string; note?: string }

type Cycles = Record<string, string>;

const PYTHON: Cycles = { '2': '2020-01-01', '3.0': '2009-06-27', '3.1': '2012-04-09', '3.2': '2016-02-20', '3.3': '2017-09-29', '3.4': '2019-03-18', '3.5': '2020-09-30', '3.6': '2021-12-23', '3.7': '2023-06-27', '3.8': '2024-10-07', '3.9': '2025-10-31', '3.10': '2026-10-31' };
const NODE: Cycles = { '0': '2016-12-31', '4': '2018-04-30', '5': '2016-06-30', '6': '2019-04-30', '7': '2017-06-30', '8': '2019-12-31', '9': '2018-06-30', '10': '2021-04-30', '11': '2019-06-01', '12': '2022-04-30', '13': '2020-06-01', '14': '2023-04-30', '15': '2021-06-01', '16': '2023-09-11', '17': '2022-06-01', '18': '2025-04-30', '19': '2023-06-01', '20': '2026-04-30', '21': '2024-06-01', '23': '2025-06-01', '25': '2026-06-01' };
const NODE_CODENAMES: Record<string, string> = { argon: '4', boron: '6', carbon: '8', dubnium: '10', erbium: '12', fermium: '14', gallium: '16', hydrogen: '18', iron: '20' };
const GOLANG: Cycles = { '1.17': '2022-08-02', '1.18': '2023-02-01', '1.19': '2023-08-08', '1.20': '2024-02-06', '1.21': '2024-08-13', '1.22': '2025-02-11', '1.23': '2025-08-12', '1.24': '2026-02', '1.25': '2026-08' };
const ALPINE: Cycles = { '3.12': '2022-05-01', '3.13': '2022-11-01', '3.14': '2023-05-01', '3.15': '2023-11-01', '3.16': '2024-05-23', '3.17': '2024-11-22', '3.18': '2025-05-09', '3.19': '2025-11-01', '3.20': '2026-04-01', '3.21': '2026-11-01' };
const DEBIAN: Cycles = { '7': '2018-05-31', '8': '2020-06-30', '9': '2022-06-30', '10': '2024-06-30', '11': '2026-08-31' };
const DEBIAN_CODENAMES: Record<string, string> = { wheezy: '7', jessie: '8', stretch: '9', buster: '10', bullseye: '11' };
const UBUNTU: Cycles = { '12.04': '2017-04-28', '14.04': '2019-04-25', '16.04': '2021-04-30', '18.04': '2023-05-31', '20.04': '2025-05-31', '21.04': '2022-01-20', '21.10': '2022-07-14', '22.10': '2023-07-20', '23.04': '2024-01-25', '23.10': '2024-07-11', '24.10': '2025-07-10', '25.04': '2026-01-15', '25.10': '2026-07' };
const UBUNTU_CODENAMES: Record<string, string> = { precise: '12.04', trusty: '14.04', xenial: '16.04', bionic: '18.04', focal: '20.04', hirsute: '21.04', impish: '21.10', kinetic: '22.10', lunar: '23.04', mantic: '23.10', oracular: '24.10', plucky: '25.04', questing: '25.10' };
const CENTOS: Cycles = { '5': '2017-03-31', '6': '2020-11-30', '7': '2024-06-30', '8': '2021-12-31' };
const PHP: Cycles = { '5': '2018-12-31', '7.0': '2019-01-10', '7.1': '2019-12-01', '7.2': '2020-11-30', '7.3': '2021-12-06', '7.4': '2022-11-28', '8.0': '2023-11-26', '8.1': '2025-12-31' };
const RUBY: Cycles = { '1': '2015-02-23', '2': '2023-03-31', '3.0': '2024-04-23', '3.1': '2025-03-26', '3.2': '2026-03-31' };
const JAVA_NON_LTS: Cycles = { '9': '2018-03', '10': '2018-09', '12': '2019-09', '13': '2020-03', '14': '2020-09', '15': '2021-03', '16': '2021-09', '18': '2022-09', '19': '2023-03', '20': '2023-09', '22': '2024-09', '23': '2025-03', '24': '2025-09' };
const DOTNET: Cycles = { '1': '2019-06-27', '2': '2021-08-21', '3': '2022-12-13', '5': '2022-05-10', '6': '2024-11-12', '7': '2024-05-14', '8': '2026-11-10', '9': '2026-11-10' };
const AMAZONLINUX: Cycles = { '1': '2023-12-31', '2018.03': '2023-12-31', '2': '2026-06-30' };
const FEDORA: Cycles = { '36': '2023-05-16', '37': '2023-12-05', '38': '2024-05-21', '39': '2024-11-26', '40': '2025-05-13' };
/** Distroless support policy: static/base/cc until the next Debian release + 1 year; language images + 3 months. */
const DISTROLESS_DEBIAN: Cycles = { '9': '2022-06-30', '10': '2024-06-30', '11': '2024-06-01', '12': '2026-08-09' };
const DISTROLESS_LANGUAGE_DEBIAN: Cycles = { '9': '2022-06-30', '10': '2024-06-30', '11': '2023-12-01', '12': '2025-11-09' };

/** The release a tag names: `3.8-slim` → `3.8`, `18.20.4` → `18.20`, `v1.21` → `1.21`. */
function tagVersion(tag: string): string | undefined {
  return /^v?(\d+(?:\.\d+)?)/.exec(tag)?.[1];
}

/** The listed cycle a version belongs to: `3.8` for 3.8.x, `2` for 2.7. */
function cycleOf(cycles: Cycles, version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  for (let v = version; ; v = v.slice(0, v.lastIndexOf('.'))) {
    if (v in cycles) return v;
    if (!v.includes('.')) return undefined;
  }
}

function lookup(product: string, cycles: Cycles, version: string | undefined, note?: string): EolVerdict | undefined {
  const cycle = cycleOf(cycles, version);
  return cycle === undefined ? undefined : { product: `${product} ${cycle}`, eol: cycles[cycle], note };
}

/** The OS release a tag suffix names: `-buster`, `-focal`, `-alpine3.18`, `-bullseye-slim`. */
function tagDistro(tag: string): EolVerdict | undefined {
  for (const part of tag.split(/[-_]/)) {
    if (part in DEBIAN_CODENAMES) return lookup('Debian', DEBIAN, DEBIAN_CODENAMES[part]);
    if (part in UBUNTU_CODENAMES) return lookup('Ubuntu', UBUNTU, UBUNTU_CODENAMES[part]);
    const alpine = /^alpine(3\.\d+)$/.exec(part);
    if (alpine) return lookup('Alpine', ALPINE, alpine[1]);
  }
  return undefined;
}

function byImage(name: string, tag: string): EolVerdict | undefined {
  const version = tagVersion(tag);
  const last = name.slice(name.lastIndexOf('/') + 1);
  switch (name) {
    case 'python': return lookup('Python', PYTHON, version);
    case 'node': {
      const codename = tag.split('-').find((part) => part in NODE_CODENAMES);
      return lookup('Node.js', NODE, codename ? NODE_CODENAMES[codename] : version?.split('.')[0]);
    }
    case 'golang': return lookup('Go', GOLANG, version);
    case 'alpine': return lookup('Alpine', ALPINE, version);
    case 'debian': return lookup('Debian', DEBIAN, DEBIAN_CODENAMES[tag.split('-')[0]] ?? version?.split('.')[0]);
    case 'ubuntu': return lookup('Ubuntu', UBUNTU, UBUNTU_CODENAMES[tag.split('-')[0]] ?? version);
    case 'centos': {
      if (/stream(9|10)/.test(tag)) return undefined;
      if (/stream8/.test(tag)) return { product: 'CentOS Stream 8', eol: '2024-05-31' };
      return lookup('CentOS Linux', CENTOS, /^centos(\d)/.exec(tag)?.[1] ?? version?.split('.')[0] ?? '8', 'CentOS Linux has no supported release');
    }
    case 'php': return lookup('PHP', PHP, version);
    case 'ruby': return lookup('Ruby', RUBY, version);
    case 'openjdk': return /(^|-)ea(-|$)/.test(tag) ? undefined : { product: 'the `openjdk` image', eol: '2022-07', note: 'the image is deprecated and gets no updates; use eclipse-temurin, amazoncorretto or another JDK build' };
    case 'java': return { product: 'the `java` image', eol: '2017-01', note: 'the image is deprecated; use eclipse-temurin or another JDK build' };
    case 'eclipse-temurin': case 'amazoncorretto': case 'sapmachine': case 'ibm-semeru-runtimes': {
      const m = /(?:^|open-|-)(\d+)/.exec(tag);
      return lookup('Java', JAVA_NON_LTS, m?.[1], 'a non-LTS Java release is supported only until the next one');
    }
    case 'amazonlinux': return lookup('Amazon Linux', AMAZONLINUX, version === '2018.03' ? version : version?.split('.')[0]);
    case 'fedora': return lookup('Fedora', FEDORA, version);
  }
  if (/^dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps)$/.test(name)) return lookup('.NET', DOTNET, version?.split('.')[0]);
  const distroless = name.startsWith('distroless/') ? /-debian(\d+)$/.exec(last) : null;
  if (!distroless) return undefined;
  const language = /^(nodejs|python|java)/.test(last);
  return lookup(`distroless ${last.replace(/-debian\d+$/, '')} on Debian`, language ? DISTROLESS_LANGUAGE_DEBIAN : DISTROLESS_DEBIAN, distroless[1], 'use the -debian13 variant');
}

/** Whether an image reference names an end-of-life release, per the table as of EOL_AS_OF. */
export function endOfLife(image: string): EolVerdict | undefined {
  const ref = parseImageRef(image);
  const name = ref.path.replace(/^library\//, '');
  const tag = ref.tag ?? '';
  return byImage(name, tag) ?? tagDistro(tag);
}
