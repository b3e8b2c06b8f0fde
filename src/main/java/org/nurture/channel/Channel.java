package org.nurture.channel;

/** The ways a parent reaches Nurture. */
public enum Channel {
	SMS, TELEGRAM, WEB
}
