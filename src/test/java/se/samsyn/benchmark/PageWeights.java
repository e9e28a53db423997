package se.samsyn.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import se.samsyn.test.BrowserSession;

/**
 * What the page journeys' pages weigh, read once with a logged-in session: the bytes of each page
 * and of the JSF view state it carries (the state stays on the server, so the field holds only its
 * key; a change to client-side state would show here).
 *
 * @param pages by page: its bytes and its view state's bytes
 */
record PageWeights(Map<String, Weight> pages) {

  record Weight(int pageBytes, int viewStateBytes) {}

  static PageWeights of(BrowserSession session, String baseUrl, String reference)
      throws IOException, InterruptedException {
    Map<String, Weight> pages = new LinkedHashMap<>();
    pages.put(MixSimulation.SEARCH_PAGE, weigh(session, baseUrl + MixSimulation.SEARCH_PAGE));
    pages.put(
        MixSimulation.PARTICIPANT_PAGE,
        weigh(session, baseUrl + MixSimulation.PARTICIPANT_PAGE + "?ref=" + reference));
    return new PageWeights(pages);
  }

  private static Weight weigh(BrowserSession session, String url)
      throws IOException, InterruptedException {
    HttpResponse<String> page = session.get(url);
    if (page.statusCode() != 200 || !page.uri().toString().startsWith(url)) {
      throw new IllegalStateException(url + " answered " + page.statusCode() + " at " + page.uri());
    }
    Element viewState = Jsoup.parse(page.body()).selectFirst(MixSimulation.VIEW_STATE);
    return new Weight(
        page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
        viewState == null ? 0 : viewState.attr("value").length());
  }
}
