using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.DailyVariation;

/// <summary>Options of the <c>daily-variation</c> preprocessor (<see cref="DailyVariationRemover"/>).</summary>
/// <remarks>Days are solar days of 24 h starting at <see cref="DayStartHour"/>; spans are whole days, whatever the step.</remarks>
public sealed record DailyVariationOptions : IComponentOptions
{
    /// <summary>Largest <see cref="Span"/> accepted, days.</summary>
    public const int MaxSpan = 60;

    /// <summary>Largest <see cref="Harmonics"/> accepted (6 = periods down to 4 h).</summary>
    public const int MaxHarmonics = 6;

    /// <summary>Largest <see cref="Smoothing"/> accepted, samples each side.</summary>
    public const int MaxSmoothing = 720;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Method"/>: harmonics.</summary>
        public const DailyVariationMethod Method = DailyVariationMethod.Harmonics;

        /// <summary>Default <see cref="Span"/>: 7 days (measured better than 3 or 5 on Boulder, January 2016, and on the
        /// synthetic network; see the README).</summary>
        public const int Span = 7;

        /// <summary>Default <see cref="Harmonics"/>: 4 (24, 12, 8 and 6 h).</summary>
        public const int Harmonics = 4;

        /// <summary>Default <see cref="Level"/>: daily.</summary>
        public const DailyVariationLevel Level = DailyVariationLevel.Daily;

        /// <summary>Default <see cref="Robust"/>: true.</summary>
        public const bool Robust = true;

        /// <summary>Default <see cref="HarmonicOutputs"/>: true.</summary>
        public const bool HarmonicOutputs = true;

        /// <summary>Default <see cref="QuietDays"/>: 3.</summary>
        public const int QuietDays = 3;

        /// <summary>Default <see cref="Smoothing"/>: 15 samples each side (a 31-minute running mean on minute data).</summary>
        public const int Smoothing = 15;

        /// <summary>Default <see cref="Combine"/>: difference.</summary>
        public const ReferenceCombination Combine = ReferenceCombination.Difference;

        /// <summary>Default <see cref="Scaling"/>: none.</summary>
        public const ReferenceScaling Scaling = ReferenceScaling.None;

        /// <summary>Default <see cref="MinCoverage"/>: 0.5.</summary>
        public const double MinCoverage = 0.5;

        /// <summary>Default <see cref="Blend"/>: true.</summary>
        public const bool Blend = true;
    }

    /// <summary>How the daily variation is estimated: harmonics, quietDay or reference. Default harmonics.</summary>
    [Description("How the daily variation is estimated: harmonics (fit of 24/12/8/6 h harmonics over the trailing span), quietDay (mean curve of the quietest recent days) or reference (difference or ratio against companion 0, the same component at a reference station).")]
    public DailyVariationMethod Method { get; init; } = Defaults.Method;

    /// <summary>Trailing days each daily fit uses (harmonics, quietDay, reference with regression), whole days.
    /// Default 7; 1 to 60.</summary>
    [Description("Trailing span each daily fit uses, in whole days (harmonics, quietDay, reference with regression); 1 to 60.")]
    public int Span { get; init; } = Defaults.Span;

    /// <summary>Harmonics of the solar day fitted (harmonics method): 1 = 24 h only, 4 = 24, 12, 8, 6 h. Default 4; 1 to 6.</summary>
    [Description("Harmonics of the solar day fitted by the harmonics method: 4 = periods of 24, 12, 8 and 6 h; 1 to 6.")]
    public int Harmonics { get; init; } = Defaults.Harmonics;

    /// <summary>How the harmonics method models the level over the span: daily (each day its own level; the last day's
    /// is removed), trend (a line; its value at the end of the span is removed) or mean. Default daily.</summary>
    [Description("Harmonics method: level model over the span: daily (each day its own level, the last one removed), trend (a straight line, its end value removed) or mean (one constant).")]
    public DailyVariationLevel Level { get; init; } = Defaults.Level;

    /// <summary>Down-weight disturbed days in the harmonic fit (harmonics method): a day whose residual mean square
    /// exceeds 4 times the median of the span's days gets weight (4·median / its own)², and the fit is repeated (up to 3
    /// times), so a magnetic storm does not leak into the harmonics. Needs a span of 3 days or more. Default true.</summary>
    [Description("Harmonics method: down-weight disturbed days (residual mean square above 4 times the span's median) so storms do not leak into the fitted harmonics; needs span >= 3.")]
    public bool Robust { get; init; } = Defaults.Robust;

    /// <summary>Output the <c>S{k}_amplitude</c> and <c>S{k}_phase</c> columns of the fit in force (harmonics method);
    /// false leaves only <c>value</c>, <c>daily</c> and <c>level</c> (smaller clean files, faster). Default true.</summary>
    [Description("Harmonics method: also output S{k}_amplitude and S{k}_phase per harmonic (true), or only value, daily and level (false).")]
    public bool HarmonicOutputs { get; init; } = Defaults.HarmonicOutputs;

    /// <summary>Quietest days of the span averaged into the reference curve (quietDay method). Default 3; 1 to
    /// <see cref="Span"/>.</summary>
    [Description("QuietDay method: number of quietest days of the span averaged into the reference curve; 1 to span.")]
    public int QuietDays { get; init; } = Defaults.QuietDays;

    /// <summary>Half-width of the centred running mean applied to the quiet-day curve, samples each side (quietDay
    /// method; 0 = none). Default 15; 0 to 720.</summary>
    [Description("QuietDay method: half-width of the running mean smoothing the reference curve, in samples each side (0 = none); 0 to 720.")]
    public int Smoothing { get; init; } = Defaults.Smoothing;

    /// <summary>Reference method: difference (<c>x - p</c>) or ratio (<c>x / p</c>). Default difference.</summary>
    [Description("Reference method: difference (value = x - p) or ratio (value = x / p), p being the reference prediction.")]
    public ReferenceCombination Combine { get; init; } = Defaults.Combine;

    /// <summary>Reference method: none (<c>p = r</c>) or regression (<c>p = a + b·r</c> fitted over the span).
    /// Default none.</summary>
    [Description("Reference method: none (p = r, the reference itself) or regression (p = a + b*r, offset and scale fitted by least squares over the trailing span, daily).")]
    public ReferenceScaling Scaling { get; init; } = Defaults.Scaling;

    /// <summary>Fraction of the span's samples that must be valid for a fit (for quietDay: of a day's samples for the
    /// day to be a candidate). Default 0.5; more than 0, at most 1.</summary>
    [Description("Fraction of the span's samples (quietDay: of a day's samples) that must be valid for a fit; more than 0, at most 1.")]
    public double MinCoverage { get; init; } = Defaults.MinCoverage;

    /// <summary>Blend consecutive daily fits linearly across each day, so the removed curve and level are continuous at
    /// day boundaries (otherwise each day uses its own fit and may jump at midnight). Default true.</summary>
    [Description("Blend yesterday's and today's fit linearly across the day so the removed curve has no jump at day boundaries (true), or use today's fit alone (false).")]
    public bool Blend { get; init; } = Defaults.Blend;

    /// <summary>UTC hour at which days (and re-fits) start, 0 to 24 exclusive; when absent, local mean midnight from
    /// the station's longitude (<c>-longitude/15</c>, whole minutes) if the channel has a location, else 0 (UTC midnight).
    /// Default absent.</summary>
    [Description("UTC hour at which days and daily re-fits start, 0 to 24 exclusive; when absent, local mean midnight from the station longitude, or 0 without a location.")]
    public double? DayStartHour { get; init; }

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be one of {string.Join(", ", Enum.GetNames<DailyVariationMethod>())}, got {(int)Method}");
        }

        if (Span < 1 || Span > MaxSpan)
        {
            yield return OptionError.For(nameof(Span), $"must be 1 to {MaxSpan} days, got {Span}");
        }

        if (Harmonics < 1 || Harmonics > MaxHarmonics)
        {
            yield return OptionError.For(nameof(Harmonics), $"must be 1 to {MaxHarmonics}, got {Harmonics}");
        }

        if (QuietDays < 1 || QuietDays > MaxSpan)
        {
            yield return OptionError.For(nameof(QuietDays), $"must be 1 to {MaxSpan}, got {QuietDays}");
        }
        else if (Method == DailyVariationMethod.QuietDay && QuietDays > Span)
        {
            yield return OptionError.For(nameof(QuietDays), $"must be at most span ({Span}) with method quietDay, got {QuietDays}");
        }

        if (!Enum.IsDefined(Level))
        {
            yield return OptionError.For(nameof(Level), $"must be one of {string.Join(", ", Enum.GetNames<DailyVariationLevel>())}, got {(int)Level}");
        }

        if (Smoothing < 0 || Smoothing > MaxSmoothing)
        {
            yield return OptionError.For(nameof(Smoothing), $"must be 0 to {MaxSmoothing} samples, got {Smoothing}");
        }

        if (!Enum.IsDefined(Combine))
        {
            yield return OptionError.For(nameof(Combine), $"must be one of {string.Join(", ", Enum.GetNames<ReferenceCombination>())}, got {(int)Combine}");
        }

        if (!Enum.IsDefined(Scaling))
        {
            yield return OptionError.For(nameof(Scaling), $"must be one of {string.Join(", ", Enum.GetNames<ReferenceScaling>())}, got {(int)Scaling}");
        }

        if (!(MinCoverage > 0 && MinCoverage <= 1))
        {
            yield return OptionError.For(nameof(MinCoverage), $"must be more than 0 and at most 1, got {MinCoverage}");
        }

        if (DayStartHour is { } hour && !(hour >= 0 && hour < 24))
        {
            yield return OptionError.For(nameof(DayStartHour), $"must be 0 to 24 (exclusive) hours, got {hour}");
        }
    }
}
