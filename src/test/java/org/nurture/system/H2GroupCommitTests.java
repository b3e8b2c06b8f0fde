package org.nurture.system;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;

/** The group commit contract on the embedded database, in memory. */
class H2GroupCommitTests extends GroupCommitContract {

	@Override
	ConnectionFactory connections() {
		return ConnectionFactories
			.get("r2dbc:h2:mem:///group-commit-" + System.nanoTime() + "?options=DB_CLOSE_DELAY=-1");
	}

}
