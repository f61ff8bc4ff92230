namespace GeoAnomaly.Host.Review;

/// <summary>What an import did: reviews written, annotations skipped (no verdict tag), and those that could not be imported.</summary>
/// <param name="Written">The reviews written, with their events.</param>
/// <param name="Skipped">Annotations without a <c>verdict:</c> tag.</param>
/// <param name="Problems">One line per annotation not imported (bad tags, no matching event), naming it by id.</param>
internal sealed record AnnotationImportResult(IReadOnlyList<ResolvedReview> Written, int Skipped, IReadOnlyList<string> Problems);

/// <summary>Imports verdicts made as Grafana annotations: maps tags (<see cref="AnnotationVerdict"/>), finds each
/// annotation's event, and records the reviews through the same <see cref="ReviewRecorder"/> as <c>review record</c>.</summary>
internal static class AnnotationImport
{
    /// <summary>Imports <paramref name="annotations"/>; the importable ones are written even when others are not.</summary>
    /// <param name="annotations">Annotations (any, those without a verdict tag are skipped).</param>
    /// <param name="recorder">Recorder with an event source.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<AnnotationImportResult> RunAsync(IReadOnlyList<GrafanaAnnotation> annotations, ReviewRecorder recorder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(recorder);
        int skipped = 0;
        var problems = new List<string>();
        var reviews = new List<EventReview>();
        foreach (var annotation in annotations)
        {
            var verdict = AnnotationVerdict.From(annotation, out string? problem);
            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            if (verdict is null)
            {
                skipped++;
                continue;
            }

            var row = await recorder.FindAtAsync(verdict.Channel, verdict.Detector, verdict.Time, ct).ConfigureAwait(false);
            if (row is null)
            {
                problems.Add($"annotation {verdict.AnnotationId}: no event of {verdict.Channel} detector {verdict.Detector} contains its time {verdict.Time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.FFF'Z'}");
                continue;
            }

            reviews.Add(verdict.ToReview(EventKey.Of(row.Event)));
        }

        var written = await recorder.RecordAsync(reviews, ct).ConfigureAwait(false);
        return new AnnotationImportResult(written, skipped, problems);
    }
}
