namespace GeoAnomaly.Cli.Tests.Support;

/// <summary>An events CSV of detect and a made-up export of Grafana's <c>GET /api/annotations</c> with verdicts on them
/// (fields as Grafana returns them; tags by the README's convention).</summary>
internal static class ReviewInputs
{
    /// <summary>Three events: two detectors on SY.SAA.H, one on SY.SAB.wl.</summary>
    public static readonly string[] Events =
    [
        "network,station,channel,kind,detector,start,end,duration_s,score,raw_score,type,details",
        "SY,SAA,H,electromagnetic,spectral-residual,2024-01-02T03:00:00Z,2024-01-02T04:00:00Z,3600,0.9999,5.1,spike,",
        "SY,SAA,H,electromagnetic,ssa-changepoint,2024-01-02T03:40:00Z,2024-01-02T05:00:00Z,4800,0.99995,2.5,level-shift,",
        "SY,SAB,wl,fluid,spectral-residual,2024-01-03T16:00:00Z,2024-01-03T16:30:00Z,1800,0.9998,3.3,spike,",
    ];

    /// <summary>Annotations 501 (interference/storm inside the first event), 502 (possible-precursor inside the second),
    /// 503 (a plain note, no verdict tag) and 504 (unknown, at a time no SY.SAB.wl event holds).</summary>
    public const string Annotations = """
        [
          { "id": 501, "dashboardUID": "geoanomaly-station-review", "panelId": 2, "created": 1704445200000, "updated": 1704445260000,
            "time": 1704165600000, "timeEnd": 1704165600000, "text": "storm, Kp 7", "login": "akiko", "email": "akiko@example.org",
            "tags": ["geoanomaly", "verdict:interference", "cause:storm", "network:SY", "station:SAA", "channel:H", "detector:spectral-residual"] },
          { "id": 502, "dashboardUID": "geoanomaly-station-review", "panelId": 2, "created": 1704448800000, "updated": 1704448800000,
            "time": 1704167400000, "timeEnd": 1704169200000, "text": "offset persists", "login": "", "email": "ben@example.org",
            "tags": ["verdict:possible-precursor", "network:SY", "station:SAA", "channel:H", "detector:ssa-changepoint"] },
          { "id": 503, "dashboardUID": "geoanomaly-network", "panelId": 0, "created": 1704452400000, "updated": 1704452400000,
            "time": 1704300000000, "timeEnd": 1704300000000, "text": "pump test announced", "login": "akiko", "tags": ["note"] },
          { "id": 504, "dashboardUID": "geoanomaly-station-review", "panelId": 3, "created": 1704452400000, "updated": 1704452400000,
            "time": 1704240000000, "timeEnd": 0, "text": "", "login": "akiko",
            "tags": ["verdict:unknown", "network:SY", "station:SAB", "channel:wl", "detector:spectral-residual"] }
        ]
        """;

    /// <summary>The <c>review record</c> arguments that say what annotations 501 and 502 say.</summary>
    public static readonly string[][] SameAsRecord =
    [
        ["--network", "SY", "--station", "SAA", "--channel", "H", "--detector", "spectral-residual", "--start", "2024-01-02T03:00:00Z",
            "--verdict", "interference", "--cause", "storm", "--analyst", "akiko", "--note", "storm, Kp 7", "--at", "2024-01-05T09:01:00Z"],
        ["--network", "SY", "--station", "SAA", "--channel", "H", "--detector", "ssa-changepoint", "--start", "2024-01-02T03:40:00Z",
            "--verdict", "possible-precursor", "--analyst", "ben@example.org", "--note", "offset persists", "--at", "2024-01-05T10:00:00Z"],
    ];

    /// <summary>Writes the events CSV into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteEvents(string folder)
    {
        string path = Path.Combine(folder, "events.csv");
        File.WriteAllLines(path, Events);
        return path;
    }

    /// <summary>Writes the annotation export into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteAnnotations(string folder)
    {
        string path = Path.Combine(folder, "annotations.json");
        File.WriteAllText(path, Annotations);
        return path;
    }
}
