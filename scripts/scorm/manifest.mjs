/*
 * imsmanifest.xml for SCORM 1.2 (the content packaging of IMS CP 1.1.2 with ADL's adlcp
 * extensions), and a checker for the rules an LMS relies on when it imports a package.
 *
 * A package has one organization; each lesson is an item pointing to a SCO resource (its page),
 * and the files the lessons share (scripts, styles, fonts, the bridge) are one asset resource
 * the SCOs depend on. Every file in the zip but the manifest is listed exactly once.
 */
import { DOMParser } from 'linkedom';

export const NAMESPACES = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const SCHEMA_LOCATION = [
  `${NAMESPACES.imscp} imscp_rootv1p1p2.xsd`,
  `${NAMESPACES.imsmd} imsmd_rootv1p2p1.xsd`,
  `${NAMESPACES.adlcp} adlcp_rootv1p2.xsd`,
].join(' ');

const xml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** xs:ID is an NCName: a letter or underscore, then letters, digits, '.', '-', '_'. */
export const isXsId = (id) => /^[A-Za-z_][\w.-]*$/.test(id);

const langstring = (language, text) =>
  `<langstring xml:lang="${language}">${xml(text)}</langstring>`;

/**
 * @param {object} course
 * @param {string} course.identifier the package's id ("second-look-en-course")
 * @param {string} course.title
 * @param {string} course.description
 * @param {string} course.language "en", "ar"
 * @param {number | null} course.masteryScore 0–100, or null for none (the LMS then records
 *   "completed" instead of passed or failed)
 * @param {{ slug: string, title: string, href: string }[]} course.lessons in course order
 * @param {string[]} course.shared the shared files' paths inside the package
 */
export function scormManifest({
  identifier,
  title,
  description,
  language,
  masteryScore,
  lessons,
  shared,
}) {
  const items = lessons.map(
    (lesson) => `
      <item identifier="item-${lesson.slug}" identifierref="sco-${lesson.slug}">
        <title>${xml(lesson.title)}</title>
${masteryScore === null ? '' : `        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>\n`}      </item>`,
  );
  const resources = lessons.map(
    (lesson) => `
    <resource identifier="sco-${lesson.slug}" type="webcontent" adlcp:scormtype="sco" href="${xml(lesson.href)}">
      <file href="${xml(lesson.href)}"/>
      <dependency identifierref="shared"/>
    </resource>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0" xmlns="${NAMESPACES.imscp}" xmlns:adlcp="${NAMESPACES.adlcp}" xmlns:xsi="${NAMESPACES.xsi}" xsi:schemaLocation="${SCHEMA_LOCATION}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <lom xmlns="${NAMESPACES.imsmd}">
      <general>
        <title>${langstring(language, title)}</title>
        <language>${language}</language>
        <description>${langstring(language, description)}</description>
      </general>
      <rights>
        <copyrightandotherrestrictions><source>${langstring('x-none', 'LOMv1.0')}</source><value>${langstring('x-none', 'yes')}</value></copyrightandotherrestrictions>
        <description>${langstring('en', 'Course text: CC BY 4.0')}</description>
      </rights>
    </lom>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xml(title)}</title>${items.join('')}
    </organization>
  </organizations>
  <resources>${resources.join('')}
    <resource identifier="shared" type="webcontent" adlcp:scormtype="asset">
${shared.map((path) => `      <file href="${xml(path)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

const children = (element, name) =>
  [...element.children].filter((child) => child.localName === name || child.tagName === name);

/**
 * What is wrong with a package, as sentences naming the element or file; [] when nothing is.
 * @param {string} manifest imsmanifest.xml's text
 * @param {string[]} paths every file in the package
 */
export function manifestProblems(manifest, paths) {
  const problems = [];
  const document = new DOMParser().parseFromString(manifest, 'text/xml');
  const root = document.documentElement;
  if (!root || root.tagName !== 'manifest') return ['the root element is not <manifest>'];
  const need = (ok, message) => ok || problems.push(message);

  need(
    root.getAttribute('xmlns') === NAMESPACES.imscp,
    `<manifest> is not in the IMS CP 1.1.2 namespace ${NAMESPACES.imscp}`,
  );
  need(
    root.getAttribute('xmlns:adlcp') === NAMESPACES.adlcp,
    `xmlns:adlcp is not ${NAMESPACES.adlcp}`,
  );
  const [metadata] = children(root, 'metadata');
  need(
    children(metadata ?? root, 'schema')[0]?.textContent.trim() === 'ADL SCORM',
    '<metadata> lacks <schema>ADL SCORM</schema>',
  );
  need(
    children(metadata ?? root, 'schemaversion')[0]?.textContent.trim() === '1.2',
    '<metadata> lacks <schemaversion>1.2</schemaversion>',
  );

  const all = [...document.querySelectorAll('*')];
  const ids = new Map();
  for (const element of all) {
    const id = element.getAttribute('identifier');
    if (id === null) continue;
    need(isXsId(id), `<${element.tagName} identifier="${id}">: not a valid xs:ID`);
    need(!ids.has(id), `identifier "${id}" is used twice`);
    ids.set(id, element);
  }

  const [organizations] = children(root, 'organizations');
  const organizationList = organizations ? children(organizations, 'organization') : [];
  need(organizationList.length > 0, 'no <organization>');
  const preferred = organizations?.getAttribute('default');
  need(
    !preferred || ids.get(preferred)?.tagName === 'organization',
    `<organizations default="${preferred}"> names no organization`,
  );

  const [resourcesElement] = children(root, 'resources');
  const resources = resourcesElement ? children(resourcesElement, 'resource') : [];
  const items = all.filter((element) => element.tagName === 'item');
  need(items.length > 0, 'no <item>');
  for (const item of items) {
    const id = item.getAttribute('identifier');
    const ref = item.getAttribute('identifierref');
    need(children(item, 'title').length === 1, `<item identifier="${id}"> has no <title>`);
    if (ref === null) continue;
    const resource = ids.get(ref);
    need(
      resource?.tagName === 'resource',
      `<item identifier="${id}">: identifierref "${ref}" names no resource`,
    );
    const score = children(item, 'adlcp:masteryscore')[0]?.textContent.trim();
    need(
      score === undefined || (/^\d+$/.test(score) && Number(score) <= 100),
      `<item identifier="${id}">: masteryscore "${score}" is not 0–100`,
    );
  }
  const listed = new Map();
  for (const resource of resources) {
    const id = resource.getAttribute('identifier');
    const kind = resource.getAttribute('adlcp:scormtype');
    need(
      kind === 'sco' || kind === 'asset',
      `<resource identifier="${id}">: adlcp:scormtype is "${kind}", not "sco" or "asset"`,
    );
    need(
      resource.getAttribute('type') === 'webcontent',
      `<resource identifier="${id}">: type is not "webcontent"`,
    );
    const href = resource.getAttribute('href');
    if (kind === 'sco') need(Boolean(href), `<resource identifier="${id}">: a SCO without href`);
    if (href)
      need(
        paths.includes(href),
        `<resource identifier="${id}">: href "${href}" is not in the package`,
      );
    for (const file of children(resource, 'file')) {
      const path = file.getAttribute('href');
      need(paths.includes(path), `<file href="${path}"> is not in the package`);
      listed.set(path, id);
    }
    for (const dependency of children(resource, 'dependency')) {
      const ref = dependency.getAttribute('identifierref');
      need(
        ids.get(ref)?.tagName === 'resource',
        `<resource identifier="${id}">: dependency "${ref}" names no resource`,
      );
    }
  }
  const scos = resources.filter((r) => r.getAttribute('adlcp:scormtype') === 'sco');
  for (const sco of scos) {
    const id = sco.getAttribute('identifier');
    need(
      items.some((item) => item.getAttribute('identifierref') === id),
      `SCO "${id}" is not used by any item`,
    );
  }
  for (const path of paths) {
    if (path !== 'imsmanifest.xml')
      need(listed.has(path), `${path} is in the package but not in the manifest`);
  }
  return problems;
}
