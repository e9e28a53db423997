package se.samsyn.note;

import java.time.LocalDate;
import se.samsyn.consent.InformationCategory;

/** What a user writes in a note: the day it concerns, the kind of information and the text. */
public record NoteDraft(LocalDate date, InformationCategory category, String text) {}
