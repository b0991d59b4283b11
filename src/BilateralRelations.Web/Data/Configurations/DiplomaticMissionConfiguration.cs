using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class DiplomaticMissionConfiguration : IEntityTypeConfiguration<DiplomaticMission>
{
    public void Configure(EntityTypeBuilder<DiplomaticMission> builder)
    {
        builder.ToTable("Missions");
        builder.HasIndex(m => new { m.RelationId, m.Slug }).IsUnique();
        builder.HasOne(m => m.Relation).WithMany(r => r.Missions).HasForeignKey(m => m.RelationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.SendingCountry).WithMany().HasForeignKey(m => m.SendingCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.HostCountry).WithMany().HasForeignKey(m => m.HostCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ResidentInCountry).WithMany().HasForeignKey(m => m.ResidentInCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Ambassadors).WithOne(a => a.Mission).HasForeignKey(a => a.MissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
