package se.samsyn.benchmark;

import java.util.List;
import java.util.Map;

/**
 * What the simulations need of the running benchmark: the servers' addresses, the logged-in staff
 * and the feeders queried from the generated database.
 *
 * @param participants one row per open engagement: {@code id}, {@code reference}, {@code number},
 *     {@code lastName}, {@code agency}
 * @param foreignReads participants with an authority that has neither an engagement with them nor a
 *     consent naming it: {@code reference}, {@code agency}
 * @param browsers the case workers' logged-in browser sessions
 * @param caseWorkers the logged-in case workers of each authority
 * @param auditors the logged-in auditors
 * @param dayToExport the start of the day whose log the auditors export, as an ISO-8601 instant
 */
record BenchmarkContext(
    String baseUrl,
    String staticFileUrl,
    StaffTokens tokens,
    BrowserSessions browsers,
    List<Map<String, Object>> participants,
    List<Map<String, Object>> foreignReads,
    Map<String, List<String>> caseWorkers,
    List<String> auditors,
    String dayToExport,
    String dayAfterExport) {}
