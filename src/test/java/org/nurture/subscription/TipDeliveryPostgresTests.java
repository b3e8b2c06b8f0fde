package org.nurture.subscription;

import org.nurture.testing.PostgresTest;

/** Daily tips on PostgreSQL. */
@PostgresTest("nurture_tips")
class TipDeliveryPostgresTests extends TipDeliveryContract {

}
