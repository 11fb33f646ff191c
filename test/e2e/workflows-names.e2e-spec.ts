import { authJson, startTestApp, type TestApp } from '../support/test-app';
import { WorkflowEntity } from '../../src/modules/workflows/workflow.entity';
import { create, dataSource, post, providerConfig, unique } from './workflows-fixtures';

/**
 * Workflow names are unique by what a user can see: white space around a name and the Unicode spelling of an accent
 * (precomposed é or e + combining accent) do not make a second name, and a name of white space only is no name.
 */
describe('Workflows: names', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const nameOf = async (id: string) => (await (await t.http(`/v1/workflows/${id}`, { headers: authJson() })).json()).name;
  const put = (id: string, body: unknown) =>
    t.http(`/v1/workflows/${id}`, { method: 'PUT', headers: authJson(), body: JSON.stringify(body) });
  const expectError = async (res: Response, status: number, code: string) => {
    expect({ status: res.status, code: ((await res.json()) as { code: string }).code }).toEqual({ status, code });
  };

  it('a name is stored trimmed and in NFC, so a spaced or decomposed spelling of a taken name is 409 FLK-0101', async () => {
    const base = unique('Café');
    const precomposed = base.normalize('NFC');
    const decomposed = base.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);

    const id = await create(t, { name: `  ${decomposed}\t` });
    expect(await nameOf(id)).toBe(precomposed);

    await expectError(await post(t, '/v1/workflows', { name: precomposed }), 409, 'FLK-0101');
    await expectError(await post(t, '/v1/workflows', { name: `${precomposed} ` }), 409, 'FLK-0101');

    const other = await create(t, { name: unique('other') });
    await expectError(await put(other, { name: ` ${decomposed}` }), 409, 'FLK-0101');
    await expectError(await post(t, `/v1/workflows/${other}/clone`, { name: `${decomposed}\n` }), 409, 'FLK-0101');
  });

  it('update and clone store the canonical form of the name they are given', async () => {
    const id = await create(t, { name: unique('put') });
    const renamed = unique('Zoë');
    const updated = await put(id, { name: ` ${renamed.normalize('NFD')} ` });
    expect(updated.status).toBe(200);
    expect((await updated.json()).name).toBe(renamed.normalize('NFC'));
    // Re-sending the own name with spaces is still the same workflow, not a clash with itself.
    expect((await put(id, { name: `${renamed} ` })).status).toBe(200);

    const copyName = unique('copy');
    const clone = await post(t, `/v1/workflows/${id}/clone`, { name: `\t${copyName} ` });
    expect(clone.status).toBe(201);
    expect(await nameOf((await clone.json()).workflowId)).toBe(copyName);
  });

  it('a copy of a workflow whose name was stored before names were canonical gets the canonical default name', async () => {
    const id = await create(t, { name: unique('legacy') });
    const legacy = ` ${unique('Café').normalize('NFD')}  `;
    await dataSource(t).getRepository(WorkflowEntity).update({ id }, { name: legacy });
    const copy = await post(t, `/v1/workflows/${id}/clone`);
    expect(copy.status).toBe(201);
    expect(await nameOf((await copy.json()).workflowId)).toBe(`${legacy.normalize('NFC').trim()} (copy)`);
  });

  it('a name of white space only is 400 FLK-0110 on create, update and clone', async () => {
    const blank = await post(t, '/v1/workflows', { name: '   ' });
    expect(blank.status).toBe(400);
    expect(await blank.json()).toMatchObject({ code: 'FLK-0110', fields: { name: 'must not be white space only' } });
    const id = await create(t, { name: unique('blank') });
    await expectError(await put(id, { name: ' \t\n' }), 400, 'FLK-0110');
    await expectError(await post(t, `/v1/workflows/${id}/clone`, { name: ' ' }), 400, 'FLK-0110');

  });

  it("a template's workflowName of white space only is 400 FLK-0242 naming it, from validate and from-template alike", async () => {
    // Validation answered {"valid": true} for it while from-template refused it (FLK-0110, about a field `name` the
    // request does not have).
    const [tracer, midaz] = [await providerConfig(t, 'tracer'), await providerConfig(t, 'midaz')];
    const params = { workflowName: ' \t ', tracerProviderConfigId: tracer, midazProviderConfigId: midaz };
    for (const res of [
      await post(t, '/v1/catalog/templates/tracer-midaz-validation/validate', { params }),
      await post(t, '/v1/workflows/from-template', { templateId: 'tracer-midaz-validation', params }),
    ]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'FLK-0242', fields: { workflowName: expect.any(String) } });
    }
  });
});
