using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic;

/// <summary>Multipliers on the nominal noise of each channel family (1 = the levels in <see cref="ChannelTypeInfo"/>, 0 = no noise).</summary>
/// <param name="Deformation">Strain and tilt noise multiplier.</param>
/// <param name="Electromagnetic">Geomagnetic noise multiplier, including the network-wide external disturbance.</param>
/// <param name="Fluid">Water level, water temperature, radon and barometer noise multiplier.</param>
/// <remarks>
/// Noise is what instruments and unmodelled small-scale processes add. Weather (synoptic pressure, small fast
/// pressure fluctuations, recharge events), tides, daily variation and storms are signal and are not scaled.
/// </remarks>
internal sealed record NoiseLevels(double Deformation, double Electromagnetic, double Fluid)
{
    /// <summary>Nominal noise everywhere.</summary>
    public static NoiseLevels Default { get; } = new(1, 1, 1);

    /// <summary>No noise at all, for tests that look at the deterministic signal.</summary>
    public static NoiseLevels None { get; } = new(0, 0, 0);

    /// <summary>The multiplier for a channel of <paramref name="kind"/> (pressure, kind Other, counts as fluid).</summary>
    /// <param name="kind">The channel kind.</param>
    public double For(ChannelKind kind) => kind switch
    {
        ChannelKind.Deformation => Deformation,
        ChannelKind.Electromagnetic => Electromagnetic,
        _ => Fluid,
    };

    /// <summary>Every problem, each naming the option as <c>{prefix}.deformation</c> and so on.</summary>
    /// <param name="prefix">The option name of the record.</param>
    public IEnumerable<OptionError> Validate(string prefix)
    {
        foreach (var (name, value) in new[]
        {
            (nameof(Deformation), Deformation),
            (nameof(Electromagnetic), Electromagnetic),
            (nameof(Fluid), Fluid),
        })
        {
            if (!double.IsFinite(value) || value < 0 || value > 100)
            {
                yield return new($"{prefix}.{OptionError.ConfigName(name)}", $"must be 0..100, got {value}");
            }
        }
    }
}
