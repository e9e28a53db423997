package se.samsyn.benchmark.dataset;

import java.time.Duration;
import java.util.List;

/**
 * What {@link DataSet#generate} wrote: the rows per kind, the staff the realm file must hold, and
 * how long it took.
 *
 * @param checkpoints the access log's checkpoints, all keyed with the signing key given
 */
public record DataSetSummary(
    int participants,
    int consents,
    int restrictions,
    int notes,
    long accessLogEntries,
    List<GeneratedStaff> staff,
    Duration took,
    int engagements,
    int checkpoints) {}
