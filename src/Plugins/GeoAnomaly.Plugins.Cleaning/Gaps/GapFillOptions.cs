using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Cleaning.Gaps;

/// <summary>Options of <see cref="GapFillPreprocessor"/> (<c>gap-fill</c>).</summary>
public sealed record GapFillOptions : IComponentOptions
{
    /// <summary>Largest <see cref="MaxGap"/> accepted: about 70 days of minute samples.</summary>
    public const int MaxMaxGap = 100_000;

    /// <summary>Largest <see cref="Neighbours"/> accepted.</summary>
    public const int MaxNeighbours = 200;

    /// <summary>Default values, used by the properties below and by the documentation.</summary>
    public static class Defaults
    {
        /// <summary>Default <see cref="MaxGap"/>: 10 samples (10 minutes of minute data).</summary>
        public const int MaxGap = 10;

        /// <summary>Default <see cref="Method"/>: linear.</summary>
        public const GapFillMethod Method = GapFillMethod.Linear;

        /// <summary>Default <see cref="Neighbours"/>: 20 valid samples on each side.</summary>
        public const int Neighbours = 20;
    }

    /// <summary>Longest run of missing samples that is filled, in samples; longer gaps stay NaN. Default 10; 1 to 100,000.</summary>
    [Description("Longest run of missing samples that is filled, in samples; longer gaps stay NaN. 1 to 100,000.")]
    public int MaxGap { get; init; } = Defaults.MaxGap;

    /// <summary>How a gap is bridged: linear, spline or cubic. Default linear.</summary>
    [Description("How a gap is bridged: linear (chord between the samples either side), spline (natural cubic spline through the neighbours) or cubic (least-squares cubic through the neighbours).")]
    public GapFillMethod Method { get; init; } = Defaults.Method;

    /// <summary>Spline and cubic: valid samples taken on each side of the gap, searched within twice this many samples
    /// of its edge; with fewer than 2 on a side the gap is bridged linearly. Default 20; 2 to 200.</summary>
    [Description("Spline and cubic: valid samples used on each side of the gap (searched within twice this distance); 2 to 200.")]
    public int Neighbours { get; init; } = Defaults.Neighbours;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (MaxGap < 1 || MaxGap > MaxMaxGap)
        {
            yield return OptionError.For(nameof(MaxGap), $"must be 1 to {MaxMaxGap} samples, got {MaxGap}");
        }

        if (!Enum.IsDefined(Method))
        {
            yield return OptionError.For(nameof(Method), $"must be one of {string.Join(", ", Enum.GetNames<GapFillMethod>())}, got {(int)Method}");
        }

        if (Neighbours < 2 || Neighbours > MaxNeighbours)
        {
            yield return OptionError.For(nameof(Neighbours), $"must be 2 to {MaxNeighbours}, got {Neighbours}");
        }
    }
}
