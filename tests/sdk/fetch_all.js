// What an admin's script does with the official Genesys Cloud JavaScript SDK to fetch what a
// RoleDesk snapshot holds: the organization, every role, the permission catalog, the products,
// every trustee with its users and each user's roles, every trustor with its users. One request
// at a time (the SDK never pages by itself), pages of 100, and a 429 waited out for the
// Retry-After its body names, as Genesys' own samples do (the SDK does not retry).
// Usage: node fetch_all.js PORT CLIENT_ID CLIENT_SECRET
// Prints one JSON object: seconds, requests, rateLimited, and what was fetched.
'use strict';
const platformClient = require('purecloud-platform-client-v2');

const [port, clientId, clientSecret] = process.argv.slice(2);
if (!port || !clientId || !clientSecret) {
  console.error('usage: node fetch_all.js PORT CLIENT_ID CLIENT_SECRET');
  process.exit(2);
}

const PAGE = 100;
let requests = 0;
let rateLimited = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function call(fn) {
  for (;;) {
    requests++;
    try {
      return await fn();
    } catch (e) {
      if (e && e.status === 429) {
        rateLimited++;
        const seconds = Number((e.messageParams || {}).retryAfter) || 1;
        await sleep(seconds * 1000);
        continue;
      }
      throw e;
    }
  }
}

async function everyPage(fetchPage) {
  const all = [];
  for (let page = 1; ; page++) {
    const listing = await call(() => fetchPage({ pageSize: PAGE, pageNumber: page }));
    all.push(...(listing.entities || []));
    if (!listing.pageCount || page >= listing.pageCount) return all;
  }
}

(async () => {
  const api = platformClient.ApiClient.instance;
  api.setGateway({ host: '127.0.0.1', protocol: 'http', port });
  const started = process.hrtime.bigint();
  await api.loginClientCredentialsGrant(clientId, clientSecret);
  const auth = new platformClient.AuthorizationApi();
  const orgs = new platformClient.OrganizationApi();
  const trusts = new platformClient.OrganizationAuthorizationApi();

  const organization = await call(() => orgs.getOrganizationsMe());
  const roles = await everyPage((o) => auth.getAuthorizationRoles(o));
  const catalog = await everyPage((o) => auth.getAuthorizationPermissions(o));
  const products = await call(() => auth.getAuthorizationProducts());
  const trustees = await everyPage((o) => trusts.getOrgauthorizationTrustees(o));
  let trusteeUsers = 0;
  for (const t of trustees) {
    const users = await everyPage((o) => trusts.getOrgauthorizationTrusteeUsers(t.id, o));
    for (const u of users) {
      await call(() => trusts.getOrgauthorizationTrusteeUserRoles(t.id, u.id));
      trusteeUsers++;
    }
  }
  const trustors = await everyPage((o) => trusts.getOrgauthorizationTrustors(o));
  let trustorUsers = 0;
  for (const t of trustors)
    trustorUsers += (await everyPage((o) => trusts.getOrgauthorizationTrustorUsers(t.id, o))).length;

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({
    seconds, requests, rateLimited, organization: organization.name, roles: roles.length,
    catalog: catalog.length, products: (products.entities || []).length,
    trustees: trustees.length, trusteeUsers, trustors: trustors.length, trustorUsers,
  }));
})().catch((e) => {
  console.error('fetch_all failed:', JSON.stringify(e));
  process.exit(1);
});
