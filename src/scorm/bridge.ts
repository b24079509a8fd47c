// Placeholder: the SCORM 1.2 runtime bridge (LMS API ↔ saved progress) is written on the
// scorm-bridge branch; scripts/scorm/package-scorm.mjs bundles whatever this module exports.
export {};
