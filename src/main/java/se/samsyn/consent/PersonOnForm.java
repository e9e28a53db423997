package se.samsyn.consent;

/** Who a printed consent form is for: the name and personal identity number to sign against. */
public record PersonOnForm(String name, String personalIdentityNumber) {}
