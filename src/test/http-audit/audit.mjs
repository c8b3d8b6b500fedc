// Runs the graphql-http 1.23.1 GraphQL-over-HTTP server audit suite against a URL and prints the
// results as one JSON array on stdout. Run by the Java integration test GraphQlOverHttpAuditIT
// against the deployed Skein WAR; that test decides pass/fail, so failing audits still exit 0.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}

try {
  const results = await auditServer({ url, fetchFn: fetch });
  const report = results.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    reason: r.reason ?? null,
    response: r.response?.status ?? null,
  }));
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} catch (err) {
  console.error(`audit run failed: ${err?.stack ?? err}`);
  process.exit(1);
}
