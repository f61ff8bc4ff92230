using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Spikes;

/// <summary>Options of the Hampel despikers, <see cref="DespikePreprocessor"/> (<c>despike</c>, centred window) and
/// <see cref="CausalDespikePreprocessor"/> (<c>despike-causal</c>, trailing window).</summary>
public sealed record DespikeOptions : IComponentOptions
{
    /// <summary>Largest <see cref="HalfWidth"/> accepted (a window of 2,001 samples).</summary>
    public const int MaxHalfWidth = 1000;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="HalfWidth"/>: 7 samples, a window of 15.</summary>
        public const int HalfWidth = 7;

        /// <summary>Default <see cref="NSigma"/>: 4 robust standard deviations.</summary>
        public const double NSigma = 4;

        /// <summary>Default <see cref="MinDeviation"/>: 0 (no floor).</summary>
        public const double MinDeviation = 0;
    }

    /// <summary>Half-width k of the window, in samples: the window holds 2k + 1 samples (centred on the sample tested
    /// for <c>despike</c>, ending at it for <c>despike-causal</c>). Default 7; 1 to 1,000.</summary>
    [Description("Half-width k of the Hampel window in samples; the window holds 2k + 1 samples. 1 to 1,000.")]
    public int HalfWidth { get; init; } = Defaults.HalfWidth;

    /// <summary>Threshold t in robust standard deviations: a sample is a spike when |x - median| &gt; t × 1.4826 × MAD
    /// of its window. Default 4; greater than 0 and at most 100.</summary>
    [Description("Threshold in robust standard deviations: a spike deviates from the window median by more than nSigma x 1.4826 x MAD. Above 0, at most 100.")]
    public double NSigma { get; init; } = Defaults.NSigma;

    /// <summary>Smallest deviation from the window median that can count as a spike, in the channel's units: a floor
    /// under the threshold for quantised or very quiet data, where the MAD can be 0 or one resolution step. Default 0;
    /// 0 or more.</summary>
    [Description("Smallest deviation from the window median that can count as a spike, in channel units (floor for quantised data). 0 or more.")]
    public double MinDeviation { get; init; } = Defaults.MinDeviation;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (HalfWidth < 1 || HalfWidth > MaxHalfWidth)
        {
            yield return OptionError.For(nameof(HalfWidth), $"must be 1 to {MaxHalfWidth} samples, got {HalfWidth}");
        }

        if (!(NSigma > 0 && NSigma <= 100))
        {
            yield return OptionError.For(nameof(NSigma), $"must be greater than 0 and at most 100, got {NSigma}");
        }

        if (!(MinDeviation >= 0 && double.IsFinite(MinDeviation)))
        {
            yield return OptionError.For(nameof(MinDeviation), $"must be a finite number, 0 or more, got {MinDeviation}");
        }
    }
}
