// gcc-escape testsuite: checks of escape-report's SARIF output.
//
//   node sarif-check.js structure FILE.sarif   the structure tests rely on
//   node sarif-check.js validation OUT.sarif   no error in a SARIF Multitool
//                                              `validate' log
//   node sarif-check.js clean OUT.sarif        no error and no warning in it
//                                              (a result without a level is
//                                              a warning, as SARIF says)
//
// Prints one line per problem and exits 1 if there is any.

'use strict';
const fs = require('fs');

const [mode, file] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(file, 'utf8'));
const problems = [];
const expect = (cond, what) => { if (!cond) problems.push(what); };

if (mode === 'clean') {
  const run = (log.runs || [])[0] || {};
  const inv = (run.invocations || [])[0] || {};
  expect(inv.executionSuccessful === true, 'the validator did not finish');
  for (const r of run.results || [])
    if (r.level === 'error' || r.level === 'warning' || r.level === undefined)
      problems.push(`${r.level || 'warning'} ${r.ruleId}: ${(r.message.arguments || []).join(' | ')}`);
} else if (mode === 'validation') {
  const run = (log.runs || [])[0] || {};
  const inv = (run.invocations || [])[0] || {};
  expect(inv.executionSuccessful === true, 'the validator did not finish');
  for (const r of run.results || [])
    if (r.level === 'error')
      problems.push(`${r.ruleId}: ${(r.message.arguments || []).join(' | ')}`);
} else if (mode === 'structure') {
  expect(log.version === '2.1.0', 'version is not 2.1.0');
  expect(log.runs.length === 1, 'not exactly one run');
  const run = log.runs[0];
  const rules = run.tool.driver.rules;
  const ids = rules.map((r) => r.id).join(' ');
  expect(ids === 'escape/return escape/store escape/queue escape/fnptr escape/hint',
         `rule ids are '${ids}'`);
  const ret = rules[0].properties;
  expect(ret.cwe === 'CWE-562', 'escape/return is not CWE-562');
  expect(ret.tags.includes('external/cwe/cwe-562'), 'no CWE tag');
  // The hint rule is a performance note, not a weakness.
  const hintRule = rules[4] || { properties: {}, defaultConfiguration: {} };
  expect(hintRule.defaultConfiguration.level === 'note', 'escape/hint is not a note');
  expect(hintRule.properties.cwe === undefined, 'escape/hint has a CWE');
  for (const r of rules.slice(0, 4)) {
    expect(r.properties['cert-c'] === 'DCL30-C', `${r.id}: no CERT DCL30-C`);
    expect(r.properties['misra-c-2012'] === 'Rule 18.6',
           `${r.id}: no MISRA C:2012 Rule 18.6`);
    expect(/^CWE-\d+$/.test(r.properties.cwe), `${r.id}: no CWE`);
  }
  // What code-scanning services rate and link alerts by.
  const sev = rules.slice(0, 4).map((r) => r.properties['security-severity']).join(' ');
  expect(sev === '7.5 7.0 6.5 4.0', `security-severity is '${sev}'`);
  const prob = rules.map((r) => r.properties['problem.severity']).join(' ');
  expect(prob === 'error error warning warning recommendation', `problem.severity is '${prob}'`);
  expect(hintRule.properties['security-severity'] === undefined, 'escape/hint has a security-severity');
  for (const r of rules.slice(0, 4))
    expect(r.helpUri === `https://cwe.mitre.org/data/definitions/${r.properties.cwe.slice(4)}.html`,
           `${r.id}: helpUri is '${r.helpUri}'`);
  expect(/^file:\/\/\/.*\/reading\.md#heap-to-stack-hints$/.test(hintRule.helpUri || ''),
         `escape/hint: helpUri is '${hintRule.helpUri}'`);
  expect(/^file:\/\/\/.*\/rules\.md$/.test(run.tool.driver.informationUri || ''),
         `informationUri is '${run.tool.driver.informationUri}'`);
  expect((run.automationDetails || {}).id === 'gcc-escape/',
         `automationDetails.id is '${(run.automationDetails || {}).id}'`);
  const base = run.originalUriBaseIds.SRCROOT.uri;
  expect(/^file:\/\/\/.*\/$/.test(base), `SRCROOT is '${base}'`);
  const res = run.results.filter((r) => r.ruleId !== 'escape/hint');
  const hints = run.results.filter((r) => r.ruleId === 'escape/hint');
  expect(res.length === 6, `${res.length} findings, not 6`);
  expect(hints.length === 4, `${hints.length} hints, not 4`);
  for (const h of hints) {
    expect(h.ruleIndex === 4 && h.level === 'note', 'a hint is not a note of rule 4');
    expect(!h.suppressions && !h.partialFingerprints, 'a hint looks like a finding');
    const loc = h.locations[0].physicalLocation;
    expect(loc.region.startLine > 0 && run.artifacts[loc.artifactLocation.index],
           'a hint has no location');
    expect(/^heap allocation of \d+ bytes by '/.test(h.message.text), 'hint text');
    expect(h.properties.size > 0 && h.properties.callee, 'hint size and callee');
  }
  expect(hints.filter((h) => h.locations[0].logicalLocations[0].name === 'util_get').length === 1,
         'the header hint is not deduplicated');
  for (const r of res) {
    const fp = r.partialFingerprints && r.partialFingerprints['escapeFingerprint/v1'];
    expect(/^[0-9a-f]{16}$/.test(fp || ''), `${r.ruleId}: no fingerprint`);
    expect(rules[r.ruleIndex].id === r.ruleId, `${r.ruleId}: wrong ruleIndex`);
    const loc = r.locations[0].physicalLocation.artifactLocation;
    expect(loc.uriBaseId === 'SRCROOT' && !loc.uri.startsWith('/'),
           `${r.ruleId}: location '${loc.uri}' is not root-relative`);
    expect(run.artifacts[loc.index].location.uri === loc.uri,
           `${r.ruleId}: artifact index does not match`);
    expect(r.relatedLocations[0].message.text.endsWith('declared here'),
           `${r.ruleId}: no declaration`);
  }
  const by = (fp) => res.find((r) => r.partialFingerprints['escapeFingerprint/v1'] === fp);
  const spawn = by('4444444444444444'), acc = by('5555555555555555');
  const old = by('6666666666666666'), buf = by('1111111111111111');
  expect(spawn && spawn.level === 'error', 'error severity is not level error');
  expect(acc && acc.level === 'note', 'note severity is not level note');
  expect(acc && acc.suppressions[0].kind === 'inSource', 'accepted: no inSource suppression');
  expect(old && old.suppressions[0].kind === 'external', 'baseline: no external suppression');
  expect(buf && !buf.suppressions, 'a reported finding is suppressed');
  const flow = buf && buf.codeFlows[0].threadFlows[0].locations;
  expect(flow && flow.length === 2 && flow[0].location.message.text.includes("'buf'"),
         'flow of make_buf missing');
  expect(spawn && spawn.properties.callee === 'pthread_create', 'no callee');
  expect(res.filter((r) => r.ruleId === 'escape/fnptr').length === 1,
         'the header finding is not deduplicated');
} else {
  problems.push(`unknown mode '${mode}'`);
}

for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
