import type { Channel } from '../db/schema';
import type { Controller, Dsc, OdsBody } from './addressees';
import type { LetterKind } from './draft';

/** The addressees a letter of each kind may go to, as the editor has them for this case. */
export interface SentTo {
  dsc?: Pick<Dsc, 'complaintRoute' | 'address' | 'addressStatus' | 'status'>;
  controller?: Pick<Controller, 'route'>;
  odsBody?: Pick<OdsBody, 'route'>;
}

/**
 * The channel "I sent it" records for a letter: the route its addressee's
 * data names (utils/appeal/data/), never a guess. The appeal and the P2B
 * complaint go through the platform's own complaint system; a DSC with no
 * known route but a confirmed postal address is written to by post; where
 * the data knows no route the record says 'other' rather than a channel
 * the letter may not have gone by.
 */
export function sentChannelOf(kind: LetterKind, to: SentTo): Channel {
  switch (kind) {
    case 'internal-complaint':
    case 'p2b-business':
      return 'in-product';
    case 'ods-submission':
      return to.odsBody?.route ?? 'other';
    case 'gdpr-access':
      return to.controller?.route ?? 'other';
    case 'dsc-complaint': {
      if (to.dsc?.complaintRoute) return to.dsc.complaintRoute;
      if (to.dsc?.status === 'confirmed' && to.dsc.addressStatus === 'confirmed' && to.dsc.address) return 'letter';
      return 'other';
    }
  }
}
