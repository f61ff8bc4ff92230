namespace GeoAnomaly.Plugins.Tides;

/// <summary>What the earth-tide components do with a requested constituent that the fitted data cannot separate from a
/// neighbour (Rayleigh criterion: 1 / |f₁ − f₂| longer than the data).</summary>
public enum UnresolvedConstituents
{
    /// <summary>
    /// Inference: the constituent is kept in the model, tied to the nearest fitted constituent of its species with the
    /// equilibrium amplitude ratio and the same Greenwich phase lag (for example P1 = 0.331 K1, K2 = 0.272 S2 in a
    /// 30-day span). Its outputs are those tied values. Long-period constituents (Mf, Mm) are never inferred: they are dropped.
    /// </summary>
    Infer = 0,

    /// <summary>
    /// The constituent is left out of the model; its energy goes into the neighbour it cannot be told from (K1 absorbs
    /// P1, S2 absorbs K2), and its outputs are NaN.
    /// </summary>
    Drop = 1,
}
