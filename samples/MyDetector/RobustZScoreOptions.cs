using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace MyDetector;

/// <summary>Options of <see cref="RobustZScoreDetector"/>.</summary>
public sealed record RobustZScoreOptions : IComponentOptions
{
    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="WindowSize"/>: 60 samples (an hour of minute data).</summary>
        public const int WindowSize = 60;

        /// <summary>Default <see cref="MinValid"/>: 30 samples (half the default window).</summary>
        public const int MinValid = 30;
    }

    /// <summary>Samples in the trailing window the median and MAD are taken over, the current sample excluded. Default 60; at least 3.</summary>
    [Description("Samples in the trailing window (the current one excluded) over which median and MAD are computed; at least 3.")]
    public int WindowSize { get; init; } = Defaults.WindowSize;

    /// <summary>Valid (non-missing) samples the window must hold for a score; fewer give NaN. Default 30; 2..windowSize.</summary>
    [Description("Valid samples the window must hold to give a score (otherwise NaN); 2 to windowSize.")]
    public int MinValid { get; init; } = Defaults.MinValid;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (WindowSize < 3)
        {
            yield return OptionError.For(nameof(WindowSize), $"must be at least 3, got {WindowSize}");
        }

        if (MinValid < 2)
        {
            yield return OptionError.For(nameof(MinValid), $"must be at least 2, got {MinValid}");
        }
        else if (MinValid > WindowSize)
        {
            yield return OptionError.For(nameof(MinValid), $"must not exceed windowSize ({WindowSize}), got {MinValid}");
        }
    }
}
