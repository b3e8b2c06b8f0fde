package org.nurture.subscription;

/** Daily tips on the embedded database. */
class TipDeliveryTests extends TipDeliveryContract {

}
