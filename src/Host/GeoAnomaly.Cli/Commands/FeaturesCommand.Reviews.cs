using System.CommandLine;
using GeoAnomaly.Cli.Infrastructure;
using GeoAnomaly.Host.Review;
using GeoAnomaly.Host.Storage.Files;

namespace GeoAnomaly.Cli.Commands;

/// <summary>The verdicts part of <c>geoanomaly features</c>: anomaly events reviewed as interference (or any verdict of
/// <c>--exclude-verdicts</c>) do not count, and the provenance says so.</summary>
internal sealed partial class FeaturesCommand
{
    private static readonly Option<string?> s_reviews = new("--reviews") { Description = "Analysts' verdicts (a reviews CSV of 'review record', or 'influx' for ga_review in --influx): anomaly events whose latest verdict is one of --exclude-verdicts do not count; recorded in the provenance file." };
    private static readonly Option<string> s_excludeVerdicts = new("--exclude-verdicts") { Description = "With --reviews: comma-separated verdicts whose events are left out of the anomaly features (possible-precursor, interference, unknown).", DefaultValueFactory = _ => "interference" };

    /// <summary>The events without those whose latest verdict is excluded, and a line saying so for the provenance.</summary>
    private static async Task<(IReadOnlyList<EventRow> Rows, string Text)> ExcludeReviewedAsync(Settings settings, IReadOnlyList<EventRow> rows, CancellationToken cancellationToken)
    {
        var (reviews, source) = await ReviewOptions.ReadAsync(settings.Reviews!, settings.Influx, cancellationToken).ConfigureAwait(false);
        var excluded = settings.ExcludedVerdicts()!;
        var latest = EventReview.Latest(reviews);
        var kept = rows.Where(r => !(latest.TryGetValue(EventKey.Of(r.Event), out var review) && excluded.Contains(review.Verdict))).ToList();
        string verdicts = string.Join(", ", excluded.Select(VerdictNames.Text));
        return (kept, $"{source}: events whose latest verdict is {verdicts} excluded ({rows.Count - kept.Count} of {rows.Count} events; {latest.Count} reviewed)");
    }

    /// <summary>The verdict options of the settings.</summary>
    internal sealed partial record Settings
    {
        /// <summary>The <c>--reviews</c> source (a CSV, or <c>influx</c>), or null.</summary>
        public string? Reviews { get; init; }

        /// <summary>The <c>--exclude-verdicts</c> text.</summary>
        public string ExcludeVerdicts { get; init; } = "interference";

        /// <summary>The verdicts whose events are left out, or null when <see cref="ExcludeVerdicts"/> names an unknown one.</summary>
        public IReadOnlySet<Verdict>? ExcludedVerdicts()
        {
            var set = new HashSet<Verdict>();
            foreach (string part in ExcludeVerdicts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!VerdictNames.TryParse(part, out Verdict v))
                {
                    return null;
                }

                set.Add(v);
            }

            return set;
        }

        private IEnumerable<string> ReviewProblems()
        {
            if (ExcludedVerdicts() is null)
            {
                yield return $"--exclude-verdicts: '{ExcludeVerdicts}' is not a comma-separated list of {VerdictNames.Verdicts}";
            }

            if (Reviews is not null && Stations is null)
            {
                yield return "--reviews: only with anomaly features (--stations with --events or --influx)";
            }
            else if (Reviews is not null)
            {
                foreach (string problem in ReviewOptions.SourceProblems(Reviews, Influx))
                {
                    yield return problem;
                }
            }
        }
    }
}
