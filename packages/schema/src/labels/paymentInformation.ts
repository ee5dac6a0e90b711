import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type PaymentInformationFacts = ItemNamesFacts;

/** Payment information (결제정보): items marked `payment` (card numbers, accounts, payment records). */
export const paymentInformationLabel = defineLabel({
  id: 'payment-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '15' }, { law: 'policyGuideline' }],
  dpvConcept: 'pd:PaymentCard',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'payment').length > 0,
  facts: (policy): PaymentInformationFacts => itemNamesFacts(itemsHolding(policy, 'payment')),
});
