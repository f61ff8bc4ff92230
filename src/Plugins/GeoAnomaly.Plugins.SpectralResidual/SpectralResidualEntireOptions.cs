using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Options of the retrospective <c>spectral-residual-entire</c> detector.</summary>
/// <remarks>
/// Names and defaults are those of ML.NET's <c>SrCnnEntireAnomalyDetectorOptions</c> (<c>DetectEntireAnomalyBySrCnn</c>).
/// ML.NET's simple catalog overload defaults <c>batchSize</c> to 1024 and <c>sensitivity</c> to 99 while its options
/// class says 2000 and 70; we follow the options class. The windows inside the method are ML.NET's fixed constants
/// (look-ahead 5, back-add 5, averaging 3, judgement 40).
/// </remarks>
public sealed record SpectralResidualEntireOptions : IComponentOptions
{
    /// <summary>The smallest batch ML.NET accepts (12 samples).</summary>
    public const int MinBatchSize = 12;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Threshold"/>: 0.3 (ML.NET <c>Threshold = 0.3</c>).</summary>
        public const double Threshold = 0.3;

        /// <summary>Default <see cref="BatchSize"/>: 2000 samples (ML.NET <c>BatchSize = 2000</c>).</summary>
        public const int BatchSize = 2000;

        /// <summary>Default <see cref="Sensitivity"/>: 70 (ML.NET <c>Sensitivity = 70</c>).</summary>
        public const double Sensitivity = 70;

        /// <summary>Default <see cref="DetectMode"/>: anomaly only (ML.NET <c>DetectMode = AnomalyOnly</c>).</summary>
        public const SpectralResidualDetectMode DetectMode = SpectralResidualDetectMode.AnomalyOnly;

        /// <summary>Default <see cref="Period"/>: 0, no cycle (ML.NET <c>Period = 0</c>).</summary>
        public const int Period = 0;

        /// <summary>Default <see cref="DeseasonalityMode"/>: median (ML.NET defaults to STL, which is not offered; median is
        /// ML.NET's fallback).</summary>
        public const SpectralResidualDeseasonalityMode DeseasonalityMode = SpectralResidualDeseasonalityMode.Median;
    }

    /// <summary>Raw score above which a sample is an anomaly (dimensionless). Default 0.3; 0 to 1.</summary>
    [Description("Raw score above which a sample is an anomaly; 0 to 1.")]
    public double Threshold { get; init; } = Defaults.Threshold;

    /// <summary>Samples per batch the series is cut into, each scored on its own; -1 scores the whole series as one batch.
    /// Default 2000; -1 or at least 12 (and at least 4 periods when <see cref="Period"/> is set).</summary>
    [Description("Samples per batch, each scored on its own (-1: the whole series at once); -1 or at least 12, and at least 4 periods.")]
    public int BatchSize { get; init; } = Defaults.BatchSize;

    /// <summary>Width of the margins in <see cref="SpectralResidualDetectMode.AnomalyAndMargin"/> mode: higher is narrower.
    /// Default 70; 0 to 100.</summary>
    [Description("Margin sensitivity in anomalyAndMargin mode, higher = narrower margins; 0 to 100.")]
    public double Sensitivity { get; init; } = Defaults.Sensitivity;

    /// <summary>Outputs besides score, alert and magnitude. Default <c>anomalyOnly</c>.</summary>
    [Description("anomalyOnly (score, alert, magnitude), anomalyAndExpectedValue (+ expected) or anomalyAndMargin (+ expected, unit, upper, lower, anomalyScore).")]
    public SpectralResidualDetectMode DetectMode { get; init; } = Defaults.DetectMode;

    /// <summary>Samples in one cycle of a periodic pattern removed before scoring (for example 1440 for a daily cycle in
    /// minute data); 0 for none. Default 0; at least 0.</summary>
    [Description("Samples per cycle of a periodic pattern removed before scoring (e.g. 1440: daily in minute data); 0 for none.")]
    public int Period { get; init; } = Defaults.Period;

    /// <summary>How the cycle is estimated when <see cref="Period"/> is set. Default <c>median</c>.</summary>
    [Description("How the cycle is estimated when period is set: median or mean of the batch's samples at the same phase.")]
    public SpectralResidualDeseasonalityMode DeseasonalityMode { get; init; } = Defaults.DeseasonalityMode;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!(Threshold >= 0 && Threshold <= 1))
        {
            yield return OptionError.For(nameof(Threshold), $"must be 0 to 1, got {Threshold}");
        }

        if (BatchSize != -1 && BatchSize < MinBatchSize)
        {
            yield return OptionError.For(nameof(BatchSize), $"must be -1 (whole series) or at least {MinBatchSize}, got {BatchSize}");
        }
        else if (BatchSize != -1 && Period > 0 && BatchSize < 4L * Period)
        {
            yield return OptionError.For(nameof(BatchSize), $"must be at least 4 periods ({4L * Period} samples) when period is {Period}, got {BatchSize}");
        }

        if (!(Sensitivity >= 0 && Sensitivity <= 100))
        {
            yield return OptionError.For(nameof(Sensitivity), $"must be 0 to 100, got {Sensitivity}");
        }

        if (!Enum.IsDefined(DetectMode))
        {
            yield return OptionError.For(nameof(DetectMode), $"must be anomalyOnly, anomalyAndExpectedValue or anomalyAndMargin, got {DetectMode}");
        }

        if (Period < 0)
        {
            yield return OptionError.For(nameof(Period), $"must be 0 (none) or a number of samples, got {Period}");
        }

        if (!Enum.IsDefined(DeseasonalityMode))
        {
            yield return OptionError.For(nameof(DeseasonalityMode), $"must be mean or median (stl is not implemented), got {DeseasonalityMode}");
        }
    }
}
