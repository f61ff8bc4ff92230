namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>How <c>spectral-residual-entire</c> removes a cycle of <c>period</c> samples before scoring (ML.NET
/// <c>SrCnnDeseasonalityMode</c>, same numeric values).</summary>
/// <remarks>ML.NET's default, <c>Stl</c> (0), a full seasonal-trend decomposition by loess, is not offered; ML.NET
/// itself falls back to <see cref="Median"/> when STL fails, and that is the default here.</remarks>
public enum SpectralResidualDeseasonalityMode
{
    /// <summary>Subtract, from each sample, the mean of the batch's samples at the same position in the cycle.</summary>
    Mean = 1,

    /// <summary>Subtract the median of the batch's samples at the same position in the cycle (the upper median for an
    /// even count, as ML.NET).</summary>
    Median = 2,
}
