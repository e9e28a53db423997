package se.samsyn.consent;

import java.io.Serializable;

/**
 * A consent in the auditors' register. The participant is named by the internal id the access log
 * uses, so that an auditor can go from a consent to the reads it permitted and to the person's
 * disclosure history without seeing who the person is.
 */
public record RegisteredConsent(long participantId, ConsentView consent) implements Serializable {}
