using System.Globalization;
using System.Text.Json;
using GeoAnomaly.Host.Storage.Influx;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>A station of the demo network and where it is.</summary>
/// <param name="Network">Network code.</param>
/// <param name="Station">Station code.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
internal sealed record StationPlace(string Network, string Station, double Latitude, double Longitude);

/// <summary>What the dashboard test adds beside the demo's data: earthquakes near a station within the data's span,
/// a few points for a station whose name Grafana has to escape, and analysts' verdicts on some events.</summary>
internal static class DashboardData
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>The first station of a demo network's <c>stations.csv</c> (<c>network,station,lat,lon,...</c>).</summary>
    public static StationPlace FirstStation(string stationsCsv)
    {
        string[] lines = File.ReadAllLines(stationsCsv);
        string[] header = lines[0].Split(',');
        string[] row = lines[1].Split(',');
        string Column(string name) => row[Array.IndexOf(header, name)];
        return new StationPlace(Column("network"), Column("station"), double.Parse(Column("lat"), s_inv), double.Parse(Column("lon"), s_inv));
    }

    /// <summary>Writes a ComCat CSV with three earthquakes inside [from, to]: M 5.2 about 50 km north of the station,
    /// M 3.0 beside it (below a magnitude-4 filter) and M 6.1 about 2,000 km away (beyond a 300 km filter).</summary>
    /// <returns>The file's path.</returns>
    public static string WriteCatalog(string folder, StationPlace station, DateTimeOffset from, DateTimeOffset to)
    {
        var middle = from + ((to - from) / 2);
        string Row(DateTimeOffset time, double lat, double lon, double mag, string id) =>
            string.Create(s_inv, $"{time.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ},{lat:0.####},{lon:0.####},10,{mag:0.0},mw,{id}");
        string path = Path.Combine(folder, "quakes.csv");
        File.WriteAllLines(path,
        [
            "time,latitude,longitude,depth,mag,magType,id",
            Row(middle, station.Latitude + 0.45, station.Longitude, 5.2, "near"),
            Row(middle.AddHours(1), station.Latitude, station.Longitude + 0.01, 3.0, "small"),
            Row(middle.AddHours(2), Math.Clamp(station.Latitude - 18, -89, 89), station.Longitude, 6.1, "far"),
        ]);
        return path;
    }

    /// <summary>The ids of the earthquakes of ComCat CSV <paramref name="catalogs"/> (time, latitude, longitude, depth, mag,
    /// magType, id, ...) in [<paramref name="from"/>, <paramref name="to"/>] of magnitude at least <paramref name="magnitude"/>
    /// within <paramref name="km"/> great-circle kilometres (haversine, 6,371 km sphere) of <paramref name="station"/>, in time order.</summary>
    public static IReadOnlyList<string> QuakesNear(StationPlace station, DateTimeOffset from, DateTimeOffset to, double magnitude, double km, params string[] catalogs)
    {
        const double rad = Math.PI / 180;
        var found = new List<(DateTimeOffset Time, string Id)>();
        foreach (string path in catalogs)
        {
            foreach (string line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
            {
                string[] f = line.Split(',');
                var time = DateTimeOffset.Parse(f[0], s_inv);
                double lat = double.Parse(f[1], s_inv), lon = double.Parse(f[2], s_inv), mag = double.Parse(f[4], s_inv);
                double h = Math.Pow(Math.Sin((lat - station.Latitude) * rad / 2), 2)
                    + (Math.Cos(lat * rad) * Math.Cos(station.Latitude * rad) * Math.Pow(Math.Sin((lon - station.Longitude) * rad / 2), 2));
                if (time >= from && time <= to && mag >= magnitude && 2 * 6371 * Math.Asin(Math.Sqrt(h)) <= km)
                {
                    found.Add((time, f[6]));
                }
            }
        }

        return [.. found.OrderBy(q => q.Time).Select(q => q.Id)];
    }

    /// <summary>Line protocol for one hour of <paramref name="station"/> of <paramref name="network"/> (channel <c>LT N</c>, detector
    /// <c>robust-zscore</c>) in ga_raw, ga_clean and ga_score, its location in ga_station, and one event in ga_anomaly, from <paramref name="from"/>.</summary>
    public static IEnumerable<string> OddStationLines(string network, string station, DateTimeOffset from)
    {
        string tag = station.Replace(" ", "\\ ", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal);
        long start = from.ToUnixTimeSeconds();
        for (int i = 0; i < 60; i++)
        {
            long ns = (start + (i * 60)) * 1_000_000_000;
            string keys = $"network={network},station={tag},channel=LT\\ N";
            yield return string.Create(s_inv, $"ga_raw,{keys},kind=deformation,units=nrad value={i * 0.5} {ns}");
            yield return string.Create(s_inv, $"ga_clean,{keys} value={i * 0.1} {ns}");
            yield return string.Create(s_inv, $"ga_score,{keys},detector=robust-zscore score={i / 60.0},raw_score={i * 0.2},expected=0,residual={i * 0.2} {ns}");
        }

        yield return string.Create(s_inv, $"ga_station,network={network},station={tag} lat=35.5,lon=139.5,elevation_m=12 {start * 1_000_000_000}");
        long end = start + 1800;
        yield return string.Create(s_inv,
            $"ga_anomaly,network={network},station={tag},channel=LT\\ N,kind=deformation,detector=robust-zscore score=0.9999,raw_score=7.5,end={end}i,duration_s=600,type=\"spike\" {(start + 1200) * 1_000_000_000}");
    }

    /// <summary>The start of the odd station's event <see cref="OddStationLines"/> writes.</summary>
    public static DateTimeOffset OddEventStart(DateTimeOffset from) => DateTimeOffset.FromUnixTimeSeconds(from.ToUnixTimeSeconds() + 1200);
}
