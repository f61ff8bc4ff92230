using System.ComponentModel;
using System.Globalization;

namespace GeoAnomaly.Host.Catalogs.Indicators;

/// <summary>
/// Options of <see cref="SeismicityIndicators"/>: every window, count and cut-off of the fifteen indicators, each with
/// the value of the paper that defines it as its default (see <see cref="Defaults"/>).
/// </summary>
internal sealed record IndicatorOptions
{
    /// <summary>n, the number of most recent events the Panakkat &amp; Adeli (2007) indicators use; default 50.</summary>
    [Description("Panakkat & Adeli: number of most recent events (n) the eight indicators use.")]
    public int EventCount { get; init; } = Defaults.EventCount;

    /// <summary>
    /// When set, the Panakkat &amp; Adeli indicators use every event in [t - window, t) instead of the last
    /// <see cref="EventCount"/> events (at least two are needed); default null (count mode, as in the paper).
    /// </summary>
    [Description("Panakkat & Adeli: use the events of this trailing time window instead of the last n events.")]
    public TimeSpan? TimeWindow { get; init; }

    /// <summary>
    /// Magnitude threshold of the events the Panakkat &amp; Adeli indicators count ("events of magnitude greater than a
    /// pre-defined threshold", inclusive here); default null, meaning every event passed in (the caller's catalog is
    /// assumed cut at its completeness magnitude). The paper gives no universal value.
    /// </summary>
    [Description("Panakkat & Adeli: only events at or above this magnitude count (default: all).")]
    public double? MinimumMagnitude { get; init; }

    /// <summary>Lower end (inclusive) of the characteristic-magnitude band for μ and c; default 7.0.</summary>
    [Description("Panakkat & Adeli: characteristic events have magnitude at or above this (mu, c).")]
    public double CharacteristicMinimum { get; init; } = Defaults.CharacteristicMinimum;

    /// <summary>Upper end (inclusive) of the characteristic-magnitude band for μ and c; default 7.5.</summary>
    [Description("Panakkat & Adeli: characteristic events have magnitude at or below this (mu, c).")]
    public double CharacteristicMaximum { get; init; } = Defaults.CharacteristicMaximum;

    /// <summary>Number of events each Aki-Utsu b-value of Reyes et al. (2013) uses; default 50.</summary>
    [Description("Reyes et al.: number of events per Aki-Utsu b-value.")]
    public int BValueEventCount { get; init; } = Defaults.BValueEventCount;

    /// <summary>Events between the successive b-values whose differences are x1..x5 (b_i - b_{i-4}, …); default 4.</summary>
    [Description("Reyes et al.: events between successive b-values in x1..x5.")]
    public int BValueStep { get; init; } = Defaults.BValueStep;

    /// <summary>
    /// Magnitude bin width ΔM of Utsu's correction (b = log10(e) / (mean - (Mc - ΔM/2))), magnitude units; default 0.1.
    /// Zero gives Aki's (1965) uncorrected estimator, as Reyes et al. write it.
    /// </summary>
    [Description("Reyes et al.: magnitude bin width for Utsu's correction of the Aki b-value (0 = none).")]
    public double MagnitudeBinWidth { get; init; } = Defaults.MagnitudeBinWidth;

    /// <summary>
    /// Completeness magnitude Mc of the Aki-Utsu b-values; events below it are left out of the b windows. Default null:
    /// Mc is the smallest magnitude in each window (the catalog is assumed cut at its Mc already).
    /// </summary>
    [Description("Reyes et al.: completeness magnitude for the b-values (default: each window's minimum).")]
    public double? CompletenessMagnitude { get; init; }

    /// <summary>Trailing window of x6, the largest magnitude in [t - window, t); default 7 days.</summary>
    [Description("Reyes et al.: trailing window of x6 (maximum magnitude).")]
    public TimeSpan MaximumMagnitudeWindow { get; init; } = Defaults.MaximumMagnitudeWindow;

    /// <summary>
    /// The magnitude difference in x7 = 10^(-d b): Reyes et al. take P(M ≥ 6 | M ≥ 3) from Gutenberg-Richter, d = 3;
    /// default 3.
    /// </summary>
    [Description("Reyes et al.: magnitude difference d in x7 = 10^(-d b).")]
    public double X7MagnitudeDifference { get; init; } = Defaults.X7MagnitudeDifference;

    /// <summary>Every problem with these options, each naming its option; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (EventCount < 2)
        {
            problems.Add(Problem("event-count", "must be ≥ 2", EventCount));
        }

        if (TimeWindow is { } window && window <= TimeSpan.Zero)
        {
            problems.Add(Problem("time-window", "must be positive", window));
        }

        if (!double.IsFinite(CharacteristicMinimum) || !double.IsFinite(CharacteristicMaximum)
            || CharacteristicMinimum > CharacteristicMaximum)
        {
            problems.Add($"characteristic-minimum, characteristic-maximum: must be finite with minimum ≤ maximum, got "
                + string.Create(CultureInfo.InvariantCulture, $"{CharacteristicMinimum} and {CharacteristicMaximum}"));
        }

        if (MinimumMagnitude is { } min && !double.IsFinite(min))
        {
            problems.Add(Problem("minimum-magnitude", "must be finite", min));
        }

        if (BValueEventCount < 2)
        {
            problems.Add(Problem("b-value-event-count", "must be ≥ 2", BValueEventCount));
        }

        if (BValueStep < 1)
        {
            problems.Add(Problem("b-value-step", "must be ≥ 1", BValueStep));
        }

        if (!double.IsFinite(MagnitudeBinWidth) || MagnitudeBinWidth < 0)
        {
            problems.Add(Problem("magnitude-bin-width", "must be ≥ 0", MagnitudeBinWidth));
        }

        if (CompletenessMagnitude is { } mc && !double.IsFinite(mc))
        {
            problems.Add(Problem("completeness-magnitude", "must be finite", mc));
        }

        if (MaximumMagnitudeWindow <= TimeSpan.Zero)
        {
            problems.Add(Problem("maximum-magnitude-window", "must be positive", MaximumMagnitudeWindow));
        }

        if (!double.IsFinite(X7MagnitudeDifference) || X7MagnitudeDifference <= 0)
        {
            problems.Add(Problem("x7-magnitude-difference", "must be > 0", X7MagnitudeDifference));
        }

        return problems;
    }

    private static string Problem(string option, string rule, object value) =>
        string.Create(CultureInfo.InvariantCulture, $"{option}: {rule}, got {value}");

    /// <summary>The defaults, each the value of the paper that defines the indicator.</summary>
    public static class Defaults
    {
        /// <summary>Panakkat &amp; Adeli's n: 50 events.</summary>
        public const int EventCount = 50;

        /// <summary>
        /// Panakkat &amp; Adeli's characteristic band, 7.0..7.5 (their southern California study, as we read it; the
        /// EQPgen generator instead takes |M - cut-off| ≤ 0.1 around each class cut-off, i.e. a band of width 0.2).
        /// </summary>
        public const double CharacteristicMinimum = 7.0;

        /// <summary>Upper end of <see cref="CharacteristicMinimum"/>'s band.</summary>
        public const double CharacteristicMaximum = 7.5;

        /// <summary>Reyes et al.: b over the last 50 events.</summary>
        public const int BValueEventCount = 50;

        /// <summary>Reyes et al.: x1 = b_i - b_{i-4}, so a step of 4 events.</summary>
        public const int BValueStep = 4;

        /// <summary>Utsu's ΔM for magnitudes given to one decimal.</summary>
        public const double MagnitudeBinWidth = 0.1;

        /// <summary>Reyes et al.: x7 = 10^(-3 b).</summary>
        public const double X7MagnitudeDifference = 3.0;

        /// <summary>Reyes et al.: x6 over the last 7 days.</summary>
        public static readonly TimeSpan MaximumMagnitudeWindow = TimeSpan.FromDays(7);
    }
}
