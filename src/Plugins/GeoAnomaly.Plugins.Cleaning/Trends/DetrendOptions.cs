using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Trends;

/// <summary>Options of <see cref="DetrendPreprocessor"/> (<c>detrend</c>): a trend fitted on a trailing span.</summary>
public sealed record DetrendOptions : IComponentOptions
{
    /// <summary>Largest <see cref="Degree"/> accepted.</summary>
    public const int MaxDegree = 5;

    /// <summary>Largest <see cref="Span"/> accepted: about 70 days of minute samples.</summary>
    public const int MaxSpan = 100_000;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Method"/>: least squares.</summary>
        public const DetrendMethod Method = DetrendMethod.LeastSquares;

        /// <summary>Default <see cref="Degree"/>: 1, a linear trend.</summary>
        public const int Degree = 1;

        /// <summary>Default <see cref="Span"/>: 1,440 samples (a day of minute data).</summary>
        public const int Span = 1440;

        /// <summary>Default <see cref="RefitInterval"/>: 60 samples (hourly for minute data).</summary>
        public const int RefitInterval = 60;
    }

    /// <summary>How the trend is fitted: leastSquares or bisquare (robust). Default leastSquares.</summary>
    [Description("How the trend is fitted: leastSquares, or bisquare (robust iteratively reweighted least squares, Tukey bisquare).")]
    public DetrendMethod Method { get; init; } = Defaults.Method;

    /// <summary>Degree of the trend polynomial: 0 removes the running mean, 1 a line, 2 to 5 a polynomial. Default 1;
    /// 0 to 5.</summary>
    [Description("Degree of the trend polynomial: 0 mean, 1 linear, 2 to 5 polynomial.")]
    public int Degree { get; init; } = Defaults.Degree;

    /// <summary>Trailing span the trend is fitted on, in samples (the fit at sample r uses samples r - span + 1 .. r).
    /// Default 1,440; 8 to 100,000, and more than 2 × (degree + 1).</summary>
    [Description("Trailing span the trend is fitted on, in samples; 8 to 100,000 and more than 2 x (degree + 1).")]
    public int Span { get; init; } = Defaults.Span;

    /// <summary>Samples between re-fits, aligned to absolute time (sample index since 0001-01-01 divisible by it); the
    /// fit in force is extrapolated in between. Default 60; 1 to <see cref="Span"/>.</summary>
    [Description("Samples between re-fits, aligned to absolute time; the fit in force is extrapolated in between. 1 to span.")]
    public int RefitInterval { get; init; } = Defaults.RefitInterval;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be one of {string.Join(", ", Enum.GetNames<DetrendMethod>())}, got {(int)Method}");
        }

        bool degreeOk = Degree >= 0 && Degree <= MaxDegree;
        if (!degreeOk)
        {
            yield return OptionError.For(nameof(Degree), $"must be 0 to {MaxDegree}, got {Degree}");
        }

        if (Span < 8 || Span > MaxSpan)
        {
            yield return OptionError.For(nameof(Span), $"must be 8 to {MaxSpan} samples, got {Span}");
        }
        else if (degreeOk && Span <= 2 * (Degree + 1))
        {
            yield return OptionError.For(nameof(Span), $"must be more than 2 x (degree + 1) = {2 * (Degree + 1)} samples, got {Span}");
        }

        if (RefitInterval < 1 || RefitInterval > Math.Max(1, Span))
        {
            yield return OptionError.For(nameof(RefitInterval), $"must be 1 to span ({Span}) samples, got {RefitInterval}");
        }
    }
}
