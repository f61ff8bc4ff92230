using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace GeoAnomaly.Benchmarks;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "network-scale")
        {
            return NetworkScale.Run(args);
        }

        if (args.Length > 0 && args[0] == "features-scale")
        {
            return FeaturesScale.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)).WithOptions(ConfigOptions.JoinSummary).AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory));
        return 0;
    }
}
