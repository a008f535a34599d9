// Runs statements through tedious (an independent TDS client) and prints one JSON
// document with what came back, for the C++ test to check.
// Usage: node tedious-client.js '<json>' where json = {port, userName, password,
//   database?, steps: [{sql, procedure?, params?: [{name, value}], cancelAfterMs?}]}
// With procedure: true, sql is a procedure name called as an RPC (callProcedure).
'use strict';
const { Connection, Request, TYPES } = require('tedious');

const input = JSON.parse(process.argv[2]);
const output = { login: null, steps: [] };

const connection = new Connection({
  server: '127.0.0.1',
  authentication: { type: 'default', options: { userName: input.userName, password: input.password } },
  options: {
    port: input.port,
    encrypt: false,
    trustServerCertificate: true,
    database: input.database,
    connectTimeout: 10000,
    requestTimeout: 30000,
    rowCollectionOnRequestCompletion: false,
  },
});

function finish() {
  process.stdout.write(JSON.stringify(output) + '\n');
  connection.close();
  setTimeout(() => process.exit(0), 50);
}

function runStep(index) {
  if (index >= input.steps.length) return finish();
  const step = input.steps[index];
  const result = { resultSets: [], rowCount: 0, error: null, infos: [], database: null };
  currentResult = result;
  let current = null;
  const request = new Request(step.sql, (err, rowCount) => {
    result.rowCount = rowCount;
    if (err) {
      const errors = err.errors || [err];
      const first = errors[0];
      result.error = { number: first.number, class: first.class, message: first.message, code: err.code };
    }
    output.steps.push(result);
    runStep(index + 1);
  });
  request.on('columnMetadata', (columns) => {
    current = { columns: columns.map((c) => c.colName), rows: [] };
    result.resultSets.push(current);
  });
  request.on('row', (columns) => {
    current.rows.push(columns.map((c) => (Buffer.isBuffer(c.value) ? c.value.toString('hex')
      : c.value instanceof Date ? c.value.toISOString() : c.value)));
  });
  for (const p of step.params || [])
    request.addParameter(p.name, typeof p.value === 'number' ? TYPES.Int : TYPES.NVarChar, p.value);
  if (step.procedure) connection.callProcedure(request);
  else connection.execSql(request);
  if (step.cancelAfterMs) setTimeout(() => connection.cancel(), step.cancelAfterMs);
}

let currentResult = null;
connection.on('infoMessage', (info) => {
  if (currentResult) currentResult.infos.push({ number: info.number, class: info.class, message: info.message });
});
connection.on('databaseChange', (name) => {
  if (currentResult) currentResult.database = name;
});
connection.connect((err) => {
  if (err) {
    const inner = err.errors ? err.errors[0] : err;
    output.login = { code: err.code, message: inner.message || err.message };
    process.stdout.write(JSON.stringify(output) + '\n');
    process.exit(0);
  }
  output.login = { code: 'OK' };
  runStep(0);
});
