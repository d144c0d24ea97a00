import { describe, expect, it } from 'vitest';
import controllers from '@/utils/appeal/data/controllers.json';
import dscData from '@/utils/appeal/data/dsc.json';
import odsData from '@/utils/appeal/data/ods-bodies.json';
import { controllerFor, defaultOdsBody, dscFor, odsBodiesForService } from '@/utils/appeal/addressees';
import { sentChannelOf } from '@/utils/appeal/sent-channel';
import { CHANNELS } from '@/utils/cases/validate';

// Issue 17 audit: "I sent it" logged every letter but the appeal as e-mail, even a DSC complaint
// whose only route is a web form. The channel now comes from the addressee's data.
describe('the channel "I sent it" records', () => {
  it('is the web form for a complaint to a coordinator whose route is a web form or portal (DE, AT, LU)', () => {
    for (const code of ['DE', 'AT', 'LU']) expect(sentChannelOf('dsc-complaint', { dsc: dscFor(code) }), code).toBe('web-form');
  });

  it('is e-mail where the coordinator is written to at an address (IE, IT PEC)', () => {
    expect(sentChannelOf('dsc-complaint', { dsc: dscFor('IE') })).toBe('email');
    expect(sentChannelOf('dsc-complaint', { dsc: dscFor('IT') })).toBe('email');
  });

  it('is "other", not a guess, where the data knows no route (BE: a downloaded form sent back; ES: none stored; no country)', () => {
    expect(sentChannelOf('dsc-complaint', { dsc: dscFor('BE') })).toBe('other');
    expect(sentChannelOf('dsc-complaint', { dsc: dscFor('ES') })).toBe('other');
    expect(sentChannelOf('dsc-complaint', {})).toBe('other');
  });

  it('is the post for a coordinator with no known route but a confirmed address (FR: Arcom’s seat)', () => {
    expect(sentChannelOf('dsc-complaint', { dsc: dscFor('FR') })).toBe('letter');
    expect(sentChannelOf('dsc-complaint', { dsc: { status: 'confirmed', address: 'Musterstr. 1, 10115 Berlin', addressStatus: 'confirmed' } })).toBe('letter');
    expect(sentChannelOf('dsc-complaint', { dsc: { status: 'reported', address: 'Musterstr. 1, 10115 Berlin', addressStatus: 'confirmed' } })).toBe('other');
  });

  it('is the controller’s privacy form for a GDPR access request', () => {
    expect(sentChannelOf('gdpr-access', { controller: controllerFor('pinterest', 'eu', 'DE') })).toBe('web-form');
    expect(sentChannelOf('gdpr-access', { controller: controllerFor('x', 'us', 'US') })).toBe('web-form');
    expect(sentChannelOf('gdpr-access', {})).toBe('other');
  });

  it('is the body’s own site for an ODS submission, whichever body is chosen', () => {
    expect(sentChannelOf('ods-submission', { odsBody: defaultOdsBody('instagram', 'de') })).toBe('web-form');
    for (const body of odsBodiesForService('youtube', 'de')) expect(sentChannelOf('ods-submission', { odsBody: body }), body.id).toBe('web-form');
    expect(sentChannelOf('ods-submission', {})).toBe('other');
  });

  it('is the platform’s own complaint system for the appeal and the P2B complaint', () => {
    expect(sentChannelOf('internal-complaint', { dsc: dscFor('DE') })).toBe('in-product');
    expect(sentChannelOf('p2b-business', {})).toBe('in-product');
  });

  it('every route in the data files is a channel the store accepts', () => {
    const routes = [
      ...dscData.countries.map((c) => (c.dsc as { complaintRoute?: string }).complaintRoute),
      ...controllers.controllers.map((c) => (c as { route?: string }).route),
      ...odsData.bodies.map((b) => (b as { route?: string }).route),
    ].filter((r): r is string => r !== undefined);
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) expect(CHANNELS).toContain(r);
  });
});
