// Writes SQL for N regulations of about CHARS Chinese characters each (bench/regulations.sh):
//   node bench/regulations_gen.mjs N CHARS > regs.sql
// The text is built from a vocabulary of phrases used in local congress rules (articles,
// subjects, duties, procedures, deadlines), picked by a seeded generator, so the trigram index
// sees realistic variety instead of one repeated character. Every 100th regulation carries a
// rare marker phrase (云溪区特定事项 + its number) so that selective queries have few hits.
const [n = 10000, chars = 5000] = process.argv.slice(2).map(Number);
// mulberry32: small, seeded, good enough spread for picking phrases.
let seed = 20201;
const rnd = (k) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % k;
};
const pick = (a) => a[rnd(a.length)];
const subjects = ['常务委员会', '主任会议', '专门委员会', '区人民政府', '区监察委员会', '区人民法院', '区人民检察院',
  '机关办公室', '代表工作委员会', '财政经济工作委员会', '各镇人大', '街道人大工委', '人大代表', '选民', '有关部门', '审计机关'];
const verbs = ['应当', '可以', '负责', '依法', '按照规定', '及时', '定期', '每年', '每季度', '必要时'];
const actions = ['听取和审议专项工作报告', '组织开展执法检查', '开展专题调研', '提出审议意见', '督促整改落实', '研究处理并书面报告',
  '公开征求意见', '向社会公布', '报送备案审查', '进行满意度测评', '组织代表视察', '建立健全工作机制', '加强监督检查',
  '落实预算联网监督', '规范国有资产管理', '严格执行财务制度', '做好信息公开工作', '完善联系代表制度', '组织学习培训',
  '推进民生实事项目', '处理人民来信来访', '审查规范性文件', '跟踪督办', '纳入年度工作计划'];
const objects = ['国民经济和社会发展计划', '预算执行情况', '审计查出问题', '生态环境保护', '水污染防治', '乡村振兴',
  '教育科学文化卫生', '社会保障', '城乡规划建设', '民生实事项目', '代表建议', '法律法规实施情况', '重大事项',
  '机关财务', '公务接待', '差旅费报销', '固定资产', '政府债务', '脱贫攻坚', '传染病防治'];
const tails = ['，并将结果报告常务委员会。', '，具体办法由主任会议另行制定。', '，不得拖延或者推诿。', '，接受人民群众监督。',
  '，确保工作有序推进。', '，做到有章可循、有法可依。', '，形成书面报告。', '。'];
function article(i) {
  return `第${i}条　${pick(subjects)}${pick(verbs)}${pick(actions)}，围绕${pick(objects)}${pick(verbs)}${pick(actions)}${pick(tails)}`;
}
const q = (s) => `'${s.replace(/'/g, "''")}'`;
console.log('BEGIN;');
const issuers = ['岳阳市云溪区人大常委会', '岳阳市云溪区人大常委会办公室', '云溪区人大常委会主任会议'];
const kinds = ['办法', '规定', '制度', '细则', '规则'];
for (let r = 1; r <= n; r++) {
  const lines = [];
  let len = 0;
  for (let a = 1; len < chars; a++) {
    const line = article(a);
    lines.push(line);
    len += line.length;
  }
  if (r % 100 === 0) lines.splice(3, 0, `第三条之一　云溪区特定事项${r}的办理，适用本条规定。`);
  const body = lines.join('\n');
  const title = `云溪区人大常委会${pick(objects)}${pick(['监督', '管理', '工作', '审查'])}${pick(kinds)}（第${r}号）`;
  const year = 2000 + rnd(26);
  const day = `${year}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`;
  const vals = [q(`云人常发〔${year}〕${r}号`), q(title), q(pick(issuers)), q(pick(['工作制度', '监督工作', '机关管理'])),
    q(pick(['current', 'current', 'current', 'revised', 'repealed'])), q(day), q(day)];
  console.log(`INSERT INTO regulations (doc_no, title, issuer, category, status, issued_on, effective_on, version, body, created_at, updated_at) VALUES (${vals.join(', ')}, 1, ${q(body)}, 0, 0);`);
  console.log(`INSERT INTO regulation_versions (regulation_id, version, title, body, note, created_at) SELECT id, 1, title, body, '', 0 FROM regulations WHERE rowid = last_insert_rowid();`);
}
console.log('INSERT INTO regulation_fts (rowid, title, body) SELECT id, title, body FROM regulations WHERE id NOT IN (SELECT rowid FROM regulation_fts);');
console.log('COMMIT;');
