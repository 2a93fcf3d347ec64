// The official Genesys Cloud JavaScript SDK (purecloud-platform-client-v2), unchanged, pointed at
// roledesk-sandbox through its gateway setting. Usage: node conformance.js path/to/roledesk-sandbox
'use strict';
const { spawn } = require('child_process');
const readline = require('readline');
const platformClient = require('purecloud-platform-client-v2');

function startSandbox(exe) {
  return new Promise((resolve, reject) => {
    const proc = spawn(exe, ['--print-credentials', '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const orgs = [];
    let port;
    readline.createInterface({ input: proc.stdout }).on('line', (line) => {
      const l = line.match(/^listening on http:\/\/127\.0\.0\.1:(\d+)$/);
      if (l) port = l[1];
      const c = line.match(/client_id=(\S+) client_secret=(\S+)$/);
      if (c) orgs.push({ id: c[1], secret: c[2] });
      if (port && orgs.length === 3) resolve({ proc, port, orgs });
    });
    proc.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
}

// A check that hangs (a sandbox that never prints what is read here, a request never answered)
// fails instead of holding CI until its own limit.
setTimeout(() => {
  console.error('FAILED: the SDK check did not finish within 180 seconds');
  process.exit(1);
}, 180000).unref();

(async () => {
  const { proc, port, orgs } = await startSandbox(process.argv[2]);
  const api = platformClient.ApiClient.instance;
  api.setGateway({ host: '127.0.0.1', protocol: 'http', port });
  const login = (org) => api.loginClientCredentialsGrant(org.id, org.secret);
  const results = [];
  const check = (name, cond) => results.push(`${cond ? 'ok  ' : 'FAIL'} ${name}`);
  try {
    const [home, , fabrikam] = orgs;
    await login(home);
    const auth = new platformClient.AuthorizationApi();
    const org = new platformClient.OrganizationAuthorizationApi();
    const users = new platformClient.UsersApi();

    const ad = await auth.getAuthorizationRoles({ pageSize: 5, name: 'Ad*', permission: ['authorization:role:view'] });
    check('getAuthorizationRoles (name wildcard, permission filter)', ad.entities.length >= 1 && ad.entities.every((r) => r.name.startsWith('Ad')));
    const all = await auth.getAuthorizationRoles({ pageSize: 100 });
    const sup = all.entities.find((r) => r.name === 'Supervisor');
    const role = await auth.getAuthorizationRole(sup.id, { userCount: true, expand: ['unusedPermissions'] });
    check('getAuthorizationRole', role.userCount === 4 && Array.isArray(role.unusedPermissions));
    const diff = await auth.getAuthorizationRoleComparedefaultRightRoleId(sup.id, sup.defaultRoleId);
    check('getAuthorizationRoleComparedefaultRightRoleId', diff.addedPermissionPolicies.length > 0);
    const preview = await auth.postAuthorizationRoleComparedefaultRightRoleId(sup.id, sup.defaultRoleId, { ...sup, permissionPolicies: diff.roleFromDefault.permissionPolicies });
    check('postAuthorizationRoleComparedefaultRightRoleId', preview.addedPermissionPolicies.length === 0);
    const created = await auth.postAuthorizationRoles({ name: 'SDK role', permissionPolicies: [{ domain: 'routing', entityName: 'queue', actionSet: ['view'] }] });
    check('postAuthorizationRoles', created.id && created.permissions[0] === 'routing:queue:view');
    const updated = await auth.putAuthorizationRole(created.id, { name: 'SDK role 2', permissionPolicies: created.permissionPolicies });
    check('putAuthorizationRole', updated.name === 'SDK role 2');
    check('patchAuthorizationRole', (await auth.patchAuthorizationRole(created.id, { roleNeedsUpdate: true })).roleNeedsUpdate === true);
    const people = await users.getUsers({ pageSize: 3 });
    const person = people.entities[0].id;
    check('putAuthorizationRoleUsersAdd', (await auth.putAuthorizationRoleUsersAdd(created.id, [person]))[0] === person);
    check('getAuthorizationRoleUsers', (await auth.getAuthorizationRoleUsers(created.id)).total === 1);
    check('getUserRoles', (await users.getUserRoles(person)).roles.some((r) => r.id === created.id));
    check('putAuthorizationRoleUsersRemove', (await auth.putAuthorizationRoleUsersRemove(created.id, [person]))[0] === person);
    check('putUserRoles', (await users.putUserRoles(person, [created.id])).roles.length === 1);
    await auth.deleteAuthorizationRole(created.id);
    check('deleteAuthorizationRole', true);
    check('getAuthorizationPermissions', (await auth.getAuthorizationPermissions({ pageSize: 2, queryType: 'domain', query: 'routing' })).entities[0].domain === 'routing');
    check('getAuthorizationProducts', (await auth.getAuthorizationProducts()).entities.length > 0);
    check('postAuthorizationRolesDefault', Array.isArray((await auth.postAuthorizationRolesDefault({ force: false })).entities));
    check('putAuthorizationRolesDefault', (await auth.putAuthorizationRolesDefault([{ id: sup.id }])).entities.length === 1);
    const trustees = await org.getOrgauthorizationTrustees({ pageSize: 10 });
    check('getOrgauthorizationTrustees', trustees.entities.length === 1);
    check('getOrgauthorizationTrusteeUsers', (await org.getOrgauthorizationTrusteeUsers(trustees.entities[0].id)).total === 3);
    check('postOrgauthorizationTrusteesAudits', (await org.postOrgauthorizationTrusteesAudits({ trusteeOrganizationIds: [], trusteeUserIds: [] }, { sortOrder: 'ascending' })).total >= 1);
    try {
      await auth.getAuthorizationRole('nope');
      check('a 404 rejects with the ErrorBody', false);
    } catch (e) {
      check('a 404 rejects with the ErrorBody', e.status === 404 && e.code === 'not.found');
    }
    // A partner pairs with home, home accepts, the partner sees home among its trustors.
    await login(fabrikam);
    const partnerUsers = (await users.getUsers({ pageSize: 3 })).entities;
    const pairing = await org.postOrgauthorizationPairings({ userIds: [partnerUsers[1].id] });
    check('postOrgauthorizationPairings', !!pairing.id);
    await login(home);
    const trustee = await org.postOrgauthorizationTrustees({ pairingId: pairing.id, enabled: true, users: [{ id: partnerUsers[1].id, roleIds: [sup.id] }] });
    check('postOrgauthorizationTrustees', trustee.organization.name === 'Fabrikam Outsourcing');
    check('putOrgauthorizationTrustee', (await org.putOrgauthorizationTrustee(trustee.id, { enabled: false })).enabled === false);
    check('putOrgauthorizationTrusteeUserRoles', (await org.putOrgauthorizationTrusteeUserRoles(trustee.id, partnerUsers[1].id, [sup.id])).roles.length === 1);
    await login(fabrikam);
    const trustors = await org.getOrgauthorizationTrustors();
    const contoso = trustors.entities.find((t) => t.organization.name === 'Contoso Contact Center');
    check('getOrgauthorizationTrustors', !!contoso);
    const added = await org.putOrgauthorizationTrustorUser(contoso.id, partnerUsers[2].id);
    check('putOrgauthorizationTrustorUser (empty PUT body)', added.id === partnerUsers[2].id);
  } catch (e) {
    results.push(`FAIL unexpected: ${e && (e.message || JSON.stringify(e))}`);
  } finally {
    proc.kill();
  }
  console.log(results.join('\n'));
  const failed = results.filter((r) => r.startsWith('FAIL')).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
