package se.samsyn.consent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed consent form says, in Swedish, everything the participant signs. */
class ConsentFormDocumentTest {

  @Test
  void theFormNamesThePersonAuthoritiesInformationPeriodAndTheRightToWithdraw() throws IOException {
    byte[] pdf =
        ConsentFormDocument.render(
            new PersonOnForm("Åsa Öberg", "19900317-2393"),
            List.of("Arbetsförmedlingen", "Försäkringskassan"),
            new ConsentTerms(
                Set.of("FK", "AF"),
                Set.of(InformationCategory.NOTES, InformationCategory.HEALTH_DETAILS),
                ConsentPurpose.SIP,
                "Planera arbetsträning",
                "Inget om skulder <b>",
                ConsentForm.WRITTEN,
                ConsentGiver.GUARDIAN,
                "Kim Öberg",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 5, 31),
                null),
            "Försäkringskassan");

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    for (String expected :
        List.of(
            "Samtycke till att myndigheter delar uppgifter om dig",
            "Åsa Öberg, 19900317-2393",
            "Arbetsförmedlingen",
            "Försäkringskassan",
            "Anteckningar",
            "Hälsouppgifter",
            "SIP – Planera arbetsträning",
            "Inget om skulder <b>",
            "2026-12-01 – 2027-05-31",
            "Vårdnadshavare: Kim Öberg",
            "ta tillbaka ditt samtycke",
            "Underskrift")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
  }
}
