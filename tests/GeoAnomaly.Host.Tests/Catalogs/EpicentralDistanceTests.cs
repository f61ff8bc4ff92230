using GeoAnomaly.Host.Catalogs;

namespace GeoAnomaly.Host.Tests.Catalogs;

public sealed class EpicentralDistanceTests
{
    [Fact]
    public void Distances_match_the_sphere_closed_forms()
    {
        // Given / When / Then: one degree of a great circle is 6371 π / 180 = 111.19 km; antipodes are 6371 π apart
        Assert.Equal(6371 * Math.PI / 180, EpicentralDistance.Km(10, 20, 11, 20), 9);
        Assert.Equal(6371 * Math.PI, EpicentralDistance.Km(0, 0, 0, 180), 6);
        // across the date line: 179.5 E to 179.5 W on the equator is one degree
        Assert.Equal(6371 * Math.PI / 180, EpicentralDistance.Km(0, 179.5, 0, -179.5), 6);
        // along a parallel at 60 N, 1 degree of longitude: 2R asin(cos 60 · sin 0.5°)
        Assert.Equal(2 * 6371 * Math.Asin(Math.Cos(Math.PI / 3) * Math.Sin(Math.PI / 360)), EpicentralDistance.Km(60, 0, 60, 1), 9);
    }
}
