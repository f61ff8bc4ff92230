using System.ComponentModel;
using GeoAnomaly.Plugins.Tides.Fitting;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides;

/// <summary>Options of the retrospective <c>earth-tides-entire</c> preprocessor: one fit over the whole series.</summary>
/// <remarks>The same model options as <see cref="EarthTidesOptions"/>, without span and schedule.</remarks>
public sealed record EarthTidesEntireOptions : IComponentOptions
{
    /// <summary>Constituents to fit, comma-separated, from M2, S2, N2, K2, K1, O1, P1, Q1, Mf, Mm. Default
    /// <c>M2,S2,N2,K2,K1,O1,P1,Q1</c>.</summary>
    [Description("Comma-separated constituents to fit, from M2, S2, N2, K2, K1, O1, P1, Q1 and the long-period Mf, Mm; outputs <NAME>_amplitude and <NAME>_phase follow in this order.")]
    public string Constituents { get; init; } = EarthTidesOptions.Defaults.Constituents;

    /// <summary>Degree of the polynomial fitted with the tide (0 = constant, 1 = linear trend...); it is not removed
    /// from <c>value</c>. Default 1; 0 to 3.</summary>
    [Description("Degree of the polynomial (0 constant, 1 linear trend, up to 3) fitted alongside the tide so drift does not leak into it; not removed from value.")]
    public int TrendDegree { get; init; } = EarthTidesOptions.Defaults.TrendDegree;

    /// <summary>Rayleigh factor R: two frequencies are fitted separately only when |f₁ − f₂|·T ≥ R, T the extent of the
    /// valid data. Default 1.0; 0.1 to 10.</summary>
    [Description("Rayleigh factor R: constituents are fitted separately only when |f1 - f2| x (extent of valid data) >= R; 0.1 to 10.")]
    public double Rayleigh { get; init; } = EarthTidesOptions.Defaults.Rayleigh;

    /// <summary>What happens to constituents the data cannot resolve: <c>infer</c> or <c>drop</c>. Default <c>infer</c>.</summary>
    [Description("Unresolved constituents: 'infer' (tie to the nearest fitted one of the species with the equilibrium ratio and equal Greenwich lag) or 'drop' (leave out; outputs NaN).")]
    public UnresolvedConstituents Unresolved { get; init; } = EarthTidesOptions.Defaults.Unresolved;

    /// <summary>Meaning of the amplitude and phase outputs: <c>greenwich</c> or <c>epoch</c>. Default <c>greenwich</c>.</summary>
    [Description("Amplitude/phase outputs: 'greenwich' (H and Greenwich phase lag g: f*H*cos(V + u - g)) or 'epoch' (A and phi: A*cos(omega*(t - J2000) - phi), t in hours).")]
    public TidePhaseConvention Phases { get; init; } = EarthTidesOptions.Defaults.Phases;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate() => TideModelSettings.Validate(Constituents, TrendDegree, Rayleigh, Unresolved, Phases);

    /// <summary>The model part of these options.</summary>
    internal TideModelSettings Model() => TideModelSettings.From(Constituents, TrendDegree, Rayleigh, Unresolved, Phases);
}
