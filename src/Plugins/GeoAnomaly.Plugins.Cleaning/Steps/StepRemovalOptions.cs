using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Steps;

/// <summary>Options of <see cref="StepRemovalPreprocessor"/> (<c>step-removal</c>).</summary>
public sealed record StepRemovalOptions : IComponentOptions
{
    /// <summary>Largest <see cref="Window"/> accepted.</summary>
    public const int MaxWindow = 10_000;

    /// <summary>Largest <see cref="Degree"/> accepted.</summary>
    public const int MaxDegree = 3;

    /// <summary>Largest <see cref="MaxGap"/> accepted.</summary>
    public const int MaxMaxGap = 100_000;

    /// <summary>Largest <see cref="ReturnSpan"/> accepted.</summary>
    public const int MaxReturnSpan = 10_000_000;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="Window"/>: 120 samples on each side (two hours of minute data).</summary>
        public const int Window = 120;

        /// <summary>Default <see cref="Degree"/>: 3, a local cubic (carries tides and daily variation through the window).</summary>
        public const int Degree = 3;

        /// <summary>Default <see cref="Threshold"/>: 10 robust standard deviations of the step statistic.</summary>
        public const double Threshold = 10;

        /// <summary>Default <see cref="MinStep"/>: 0 (no floor).</summary>
        public const double MinStep = 0;

        /// <summary>Default <see cref="MaxGap"/>: 360 samples (six hours of minute data).</summary>
        public const int MaxGap = 360;

        /// <summary>Default <see cref="ReturnSpan"/>: 4,320 samples (three days of minute data).</summary>
        public const int ReturnSpan = 4320;
    }

    /// <summary>Samples on each side of a candidate step that the local model is fitted to, in samples; steps closer
    /// together than this are taken as one. Default 120; 4 to 10,000.</summary>
    [Description("Samples on each side of a candidate step the local model is fitted to; steps closer than this count as one. 4 to 10,000.")]
    public int Window { get; init; } = Defaults.Window;

    /// <summary>Degree of the polynomial, common to both sides, that carries the signal through the step window (0 flat
    /// levels, 1 a line, 2 a parabola, 3 a cubic). Default 3; 0 to 3.</summary>
    [Description("Degree of the local polynomial shared by both sides of a step (0 levels, 1 line, 2 parabola, 3 cubic); 0 to 3.")]
    public int Degree { get; init; } = Defaults.Degree;

    /// <summary>Detection threshold, in robust standard deviations (1.4826 × MAD) of the step statistic over the whole
    /// series. Default 10; greater than 0, at most 1,000.</summary>
    [Description("Detection threshold in robust standard deviations (1.4826 x MAD) of the step statistic over the series; above 0, at most 1,000.")]
    public double Threshold { get; init; } = Defaults.Threshold;

    /// <summary>Smallest step removed, in the channel's units (absolute size). Default 0; 0 or more.</summary>
    [Description("Smallest step removed, in channel units (absolute size); 0 or more.")]
    public double MinStep { get; init; } = Defaults.MinStep;

    /// <summary>Longest gap a step may be estimated across, in samples: the local model bridges it, which is only as good
    /// as a polynomial through the gap. Levels across longer gaps are left as they are. Default 360; 0 to 100,000.</summary>
    [Description("Longest gap (samples) a step may be estimated across; levels across longer gaps are left alone. 0 to 100,000.")]
    public int MaxGap { get; init; } = Defaults.MaxGap;

    /// <summary>A step undone within this many samples by an opposite step of about the same size (75 % to 125 % of it)
    /// is a level shift that came back, not an instrument offset: both are left in the series for the detectors. In
    /// samples; 0 removes every step. Default 4,320; 0 to 10,000,000.</summary>
    [Description("Samples within which a step undone by an opposite step of about its size (75-125 %) counts as a level shift and is left in; 0 removes every step. 0 to 10,000,000.")]
    public int ReturnSpan { get; init; } = Defaults.ReturnSpan;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (Window < 4 || Window > MaxWindow)
        {
            yield return OptionError.For(nameof(Window), $"must be 4 to {MaxWindow} samples, got {Window}");
        }

        if (Degree < 0 || Degree > MaxDegree)
        {
            yield return OptionError.For(nameof(Degree), $"must be 0 to {MaxDegree}, got {Degree}");
        }
        else if (Window >= 4 && Window < (2 * Degree) + 2)
        {
            yield return OptionError.For(nameof(Degree), $"needs a window of at least {(2 * Degree) + 2} samples, got window {Window}");
        }

        if (!(Threshold > 0 && Threshold <= 1000))
        {
            yield return OptionError.For(nameof(Threshold), $"must be greater than 0 and at most 1000, got {Threshold}");
        }

        if (!(MinStep >= 0 && double.IsFinite(MinStep)))
        {
            yield return OptionError.For(nameof(MinStep), $"must be a finite number, 0 or more, got {MinStep}");
        }

        if (MaxGap < 0 || MaxGap > MaxMaxGap)
        {
            yield return OptionError.For(nameof(MaxGap), $"must be 0 to {MaxMaxGap} samples, got {MaxGap}");
        }

        if (ReturnSpan < 0 || ReturnSpan > MaxReturnSpan)
        {
            yield return OptionError.For(nameof(ReturnSpan), $"must be 0 to {MaxReturnSpan} samples, got {ReturnSpan}");
        }
    }
}
