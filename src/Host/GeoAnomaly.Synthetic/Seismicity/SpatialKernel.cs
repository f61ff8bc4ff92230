using GeoAnomaly.Synthetic.Randomness;

namespace GeoAnomaly.Synthetic.Seismicity;

/// <summary>Draws aftershock epicentres around a parent with an isotropic kernel, and background epicentres.</summary>
/// <remarks>
/// <para>
/// Both kernels are densities over the plane, isotropic around the parent, so a draw is a direction θ uniform on
/// [0, 2π) and a distance r from the kernel's radial law, by inversion:
/// </para>
/// <list type="bullet">
/// <item>power law: P(R > r) = (1 + r²/d²)^(1 − q), so r = d·√(u^(1/(1 − q)) − 1) with u uniform on (0, 1];</item>
/// <item>Gaussian: P(R > r) = exp(−r²/(2d²)), so r = d·√(−2 ln u).</item>
/// </list>
/// <para>
/// The displacement (r cos θ north, r sin θ east) is turned into degrees on a sphere of radius 6371 km (111.19 km per
/// degree of latitude, × cos latitude for longitude): exact enough for the tens of kilometres kernels span.
/// </para>
/// </remarks>
internal static class SpatialKernel
{
    /// <summary>Kilometres per degree of latitude on the 6371 km sphere.</summary>
    public const double KmPerDegree = 6371.0 * Math.PI / 180.0;

    /// <summary>A distance in km drawn from the kernel's radial law.</summary>
    /// <param name="shape">Kernel shape.</param>
    /// <param name="d">Scale d, km.</param>
    /// <param name="q">Power-law exponent q (&gt; 1).</param>
    /// <param name="random">The stream.</param>
    public static double Distance(SpatialKernelShape shape, double d, double q, SeededRandom random)
    {
        double u = 1 - random.NextDouble();
        return shape == SpatialKernelShape.Gaussian
            ? d * Math.Sqrt(-2 * Math.Log(u))
            : d * Math.Sqrt(Math.Pow(u, 1 / (1 - q)) - 1);
    }

    /// <summary>The point <paramref name="km"/> km from (<paramref name="latitude"/>, <paramref name="longitude"/>) in a random direction.</summary>
    /// <param name="latitude">Start, degrees north.</param>
    /// <param name="longitude">Start, degrees east.</param>
    /// <param name="km">Distance, km.</param>
    /// <param name="random">The stream (one draw, the direction).</param>
    public static (double Latitude, double Longitude) Displace(double latitude, double longitude, double km, SeededRandom random)
    {
        double theta = 2 * Math.PI * random.NextDouble();
        return Offset(latitude, longitude, km * Math.Cos(theta), km * Math.Sin(theta));
    }

    /// <summary>(<paramref name="latitude"/>, <paramref name="longitude"/>) moved <paramref name="northKm"/> north and <paramref name="eastKm"/> east.</summary>
    /// <param name="latitude">Start, degrees north.</param>
    /// <param name="longitude">Start, degrees east.</param>
    /// <param name="northKm">Northward displacement, km.</param>
    /// <param name="eastKm">Eastward displacement, km.</param>
    public static (double Latitude, double Longitude) Offset(double latitude, double longitude, double northKm, double eastKm)
    {
        double lat = latitude + (northKm / KmPerDegree);
        double cos = Math.Max(Math.Cos(latitude * Math.PI / 180), 1e-6);
        return (lat, longitude + (eastKm / (KmPerDegree * cos)));
    }

    /// <summary>A background epicentre: uniform in latitude and longitude over <paramref name="region"/>, or from the weighted Gaussian <paramref name="sources"/>, redrawn until inside the region.</summary>
    /// <param name="region">The region.</param>
    /// <param name="sources">Background sources; empty for uniform.</param>
    /// <param name="totalWeight">Sum of the sources' weights.</param>
    /// <param name="random">The stream.</param>
    public static (double Latitude, double Longitude) Background(GeoBox region, IReadOnlyList<BackgroundSource> sources, double totalWeight, SeededRandom random)
    {
        if (sources.Count == 0)
        {
            return (random.Uniform(region.MinLatitude, region.MaxLatitude), random.Uniform(region.MinLongitude, region.MaxLongitude));
        }

        while (true)
        {
            double pick = random.NextDouble() * totalWeight;
            var source = sources[^1];
            foreach (var candidate in sources)
            {
                pick -= candidate.Weight;
                if (pick < 0)
                {
                    source = candidate;
                    break;
                }
            }

            var point = Offset(source.Latitude, source.Longitude, source.SigmaKm * random.Normal(), source.SigmaKm * random.Normal());
            if (Contains(region, point.Latitude, point.Longitude))
            {
                return point;
            }
        }
    }

    /// <summary>Whether the point lies in <paramref name="region"/> (edges included).</summary>
    /// <param name="region">The region.</param>
    /// <param name="latitude">Degrees north.</param>
    /// <param name="longitude">Degrees east.</param>
    public static bool Contains(GeoBox region, double latitude, double longitude) =>
        latitude >= region.MinLatitude && latitude <= region.MaxLatitude && longitude >= region.MinLongitude && longitude <= region.MaxLongitude;
}
