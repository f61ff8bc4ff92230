namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>A patch of background seismicity: an isotropic Gaussian around an epicentre, with a relative weight.</summary>
/// <param name="Latitude">Centre, degrees north.</param>
/// <param name="Longitude">Centre, degrees east.</param>
/// <param name="SigmaKm">Standard deviation of each horizontal coordinate, km, positive.</param>
/// <param name="Weight">Relative share of background events, positive; weights need not sum to 1.</param>
/// <remarks>Draws that fall outside the catalog's region are redrawn, so the region's total background rate is kept.</remarks>
internal sealed record BackgroundSource(double Latitude, double Longitude, double SigmaKm, double Weight);
