using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Options of the streaming <c>spectral-residual</c> detector.</summary>
/// <remarks>
/// Names and defaults are those of ML.NET's <c>SrCnnAnomalyDetector.Options</c> (Microsoft.ML.TimeSeries,
/// <c>DetectAnomalyBySrCnn</c>). ML.NET's own catalog method <c>DetectAnomalyBySrCnn</c> defaults <c>windowSize</c> to 64
/// while its options class says 24; we follow the options class. ML.NET spells the averaging option
/// <c>AvergingWindowSize</c> in its options class and <c>averagingWindowSize</c> in its catalog; we use the latter.
/// </remarks>
public sealed record SpectralResidualOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="WindowSize"/>: 24 samples (ML.NET <c>WindowSize = 24</c>).</summary>
        public const int WindowSize = 24;

        /// <summary>Default <see cref="BackAddWindowSize"/>: 5 samples (ML.NET <c>BackAddWindowSize = 5</c>).</summary>
        public const int BackAddWindowSize = 5;

        /// <summary>Default <see cref="LookaheadWindowSize"/>: 5 samples (ML.NET <c>LookaheadWindowSize = 5</c>).</summary>
        public const int LookaheadWindowSize = 5;

        /// <summary>Default <see cref="AveragingWindowSize"/>: 3 frequency bins (ML.NET <c>AvergingWindowSize = 3</c>).</summary>
        public const int AveragingWindowSize = 3;

        /// <summary>Default <see cref="JudgementWindowSize"/>: 21 samples (ML.NET <c>JudgementWindowSize = 21</c>).</summary>
        public const int JudgementWindowSize = 21;

        /// <summary>Default <see cref="Threshold"/>: 0.3 (ML.NET <c>Threshold = 0.3</c>).</summary>
        public const double Threshold = 0.3;
    }

    /// <summary>Samples in the trailing window the spectral residual is computed over, the current sample included.
    /// Default 24; 3 to 1,048,576 and at least <see cref="LookaheadWindowSize"/> + 2.</summary>
    [Description("Samples in the trailing window (current sample included) the spectral residual is computed over; 3 to 1048576.")]
    public int WindowSize { get; init; } = Defaults.WindowSize;

    /// <summary>Estimated samples appended after the window before the Fourier transform, so that the current sample is not
    /// at the edge of the transform. Default 5; 1 to <see cref="WindowSize"/>.</summary>
    [Description("Estimated points appended after the window before the FFT (so the current sample is not at the edge); 1 to windowSize.")]
    public int BackAddWindowSize { get; init; } = Defaults.BackAddWindowSize;

    /// <summary>Previous samples whose average gradient estimates the appended value. Default 5;
    /// 1 to <see cref="WindowSize"/> - 2 (ML.NET accepts up to windowSize, then reads before the start of the window:
    /// the estimate uses <c>lookaheadWindowSize + 1</c> samples ending one before the current one).</summary>
    [Description("Previous samples whose average gradient gives the appended value; 1 to windowSize - 2.")]
    public int LookaheadWindowSize { get; init; } = Defaults.LookaheadWindowSize;

    /// <summary>Frequency bins in the trailing average of the log-amplitude spectrum (the paper's <c>q</c>). Default 3;
    /// 1 to <see cref="WindowSize"/>.</summary>
    [Description("Frequency bins in the average filter of the log-amplitude spectrum; 1 to windowSize.")]
    public int AveragingWindowSize { get; init; } = Defaults.AveragingWindowSize;

    /// <summary>Samples of the saliency map averaged to judge the current sample (the paper's <c>z</c>). Default 21;
    /// 1 to <see cref="WindowSize"/>.</summary>
    [Description("Samples of the saliency map whose average the current saliency is compared with; 1 to windowSize.")]
    public int JudgementWindowSize { get; init; } = Defaults.JudgementWindowSize;

    /// <summary>Raw score above which <c>alert</c> is 1 (dimensionless). Default 0.3; strictly between 0 and 1.</summary>
    [Description("Raw score above which alert is 1; strictly between 0 and 1.")]
    public double Threshold { get; init; } = Defaults.Threshold;

    /// <summary>The largest <see cref="WindowSize"/> accepted (2^20 samples).</summary>
    internal const int MaxWindowSize = 1 << 20;

    /// <summary>Samples of the window plus the appended estimates: the length of the Fourier transform.</summary>
    internal int ExtendedLength => WindowSize + BackAddWindowSize;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (WindowSize < 3 || WindowSize > MaxWindowSize)
        {
            yield return OptionError.For(nameof(WindowSize), $"must be 3 to {MaxWindowSize}, got {WindowSize}");
        }

        if (BackAddWindowSize < 1 || BackAddWindowSize > WindowSize)
        {
            yield return OptionError.For(nameof(BackAddWindowSize), $"must be 1 to windowSize ({WindowSize}), got {BackAddWindowSize}");
        }

        if (LookaheadWindowSize < 1 || LookaheadWindowSize > WindowSize - 2)
        {
            yield return OptionError.For(nameof(LookaheadWindowSize), $"must be 1 to windowSize - 2 ({WindowSize - 2}), got {LookaheadWindowSize}");
        }

        if (AveragingWindowSize < 1 || AveragingWindowSize > WindowSize)
        {
            yield return OptionError.For(nameof(AveragingWindowSize), $"must be 1 to windowSize ({WindowSize}), got {AveragingWindowSize}");
        }

        if (JudgementWindowSize < 1 || JudgementWindowSize > WindowSize)
        {
            yield return OptionError.For(nameof(JudgementWindowSize), $"must be 1 to windowSize ({WindowSize}), got {JudgementWindowSize}");
        }

        if (!(Threshold > 0 && Threshold < 1))
        {
            yield return OptionError.For(nameof(Threshold), $"must be strictly between 0 and 1, got {Threshold}");
        }
    }
}
