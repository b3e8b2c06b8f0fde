package org.nurture.contact;

/**
 * The ways a parent reaches Nurture. WhatsApp arrives through the Twilio webhook like SMS
 * but is its own channel: the same phone number on WhatsApp is a different contact, with
 * its own consent (Twilio does not handle STOP there).
 */
public enum Channel {

	SMS, WHATSAPP, TELEGRAM, WEB

}
